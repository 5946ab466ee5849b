// The machine's ceiling: a bare Node HTTP server answering a constant body. Port from argv[2].
import http from "node:http";

const body = Buffer.from("ok");
http
  .createServer((_request, response) => {
    response.writeHead(200, { "Content-Type": "text/plain", "Content-Length": body.length });
    response.end(body);
  })
  .listen(Number(process.argv[2]), "127.0.0.1", () => process.send?.("ready"));

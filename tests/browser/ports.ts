// Ports the browser suite's server and helpers use on 127.0.0.1.
export const BROWSER_TEST_PORT = Number(process.env.BROWSER_TEST_PORT ?? 3100);
export const BROWSER_TEST_SMTP_PORT = BROWSER_TEST_PORT + 1;

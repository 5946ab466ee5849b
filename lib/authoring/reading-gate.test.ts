import { describe, expect, it } from "vitest";
import { AppError } from "../errors/app-error";
import { readingGate } from "./reading-gate";

/** A task that runs until `finish()` is called, and says whether it started. */
function heldTask() {
  let finish!: (value: string) => void;
  const state = { started: false };
  const done = new Promise<string>((resolve) => (finish = resolve));
  return {
    state,
    finish: (value = "read") => finish(value),
    task: () => {
      state.started = true;
      return done;
    },
  };
}

describe("the file readers' gate", () => {
  it("runs at most two reads at once; a third waits its turn and then runs", async () => {
    const gate = readingGate(2, 8);
    const [a, b, c] = [heldTask(), heldTask(), heldTask()];
    const results = [gate.run(a.task), gate.run(b.task), gate.run(c.task)];
    await Promise.resolve();
    expect([a.state.started, b.state.started, c.state.started]).toEqual([true, true, false]);
    expect(gate.pending).toBe(1);
    a.finish("first");
    await results[0];
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(c.state.started).toBe(true);
    b.finish();
    c.finish("third");
    expect(await Promise.all(results)).toEqual(["first", "read", "third"]);
  });

  it("refuses a read at once, without starting it, when the readers and the queue are full", async () => {
    const gate = readingGate(2, 1);
    const held = [heldTask(), heldTask(), heldTask()];
    const running = held.map((h) => gate.run(h.task));
    const late = heldTask();
    const refused = gate.run(late.task);
    await expect(refused).rejects.toBeInstanceOf(AppError);
    await expect(refused).rejects.toMatchObject({ code: "reading-busy", status: 503 });
    expect(late.state.started).toBe(false);
    held.forEach((h) => h.finish());
    await Promise.all(running);
    // With the queue drained, reads are taken again.
    const again = heldTask();
    const result = gate.run(again.task);
    again.finish("again");
    expect(await result).toBe("again");
  });

  it("a failed read frees its place for the next", async () => {
    const gate = readingGate(1, 0);
    await expect(gate.run(() => Promise.reject(new AppError("file-too-complex")))).rejects.toMatchObject({
      code: "file-too-complex",
    });
    expect(await gate.run(async () => "next")).toBe("next");
  });
});

// The entry point of a command-line script: a failure prints its message, not a stack, and exits 1.
export function runMain(main: () => Promise<unknown>): void {
  main().catch((error: unknown) => {
    console.error(`footnote: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}

/**
 * What a command that talks to the running local stack says when there is none: one line naming
 * the ports it tried and what to do, rather than the AWS SDK's stack trace.
 */
export async function orSayTheStackIsDown<T>(command: string, ports: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (!refused(error)) throw error;
    console.error(`${command}: no local stack answers on ${ports}: start it with npm start (with the same ports and DATA_DIR) and run ${command} again`);
    process.exit(1);
  }
}

const refused = (error: unknown): boolean => {
  const e = error as { code?: string; message?: string; cause?: unknown; errors?: unknown[] } | undefined;
  return !!e && (e.code === 'ECONNREFUSED' || /ECONNREFUSED/.test(e.message ?? '') || refused(e.cause) || (e.errors ?? []).some(refused));
};

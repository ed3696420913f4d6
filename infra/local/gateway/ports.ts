/** A port from an environment variable, or the default; a clear error for anything that is not a port. */
export function portFromEnv(name: string, fallback: number): number {
  const value = process.env[name];
  if (value === undefined || value === '') return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`${name}=${value} is not a port number (0-65535)`);
  return port;
}

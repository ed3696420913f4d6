import { createServer } from 'node:net';

export class PortBusyError extends Error {
  constructor(readonly port: number, envVar: string) {
    super(
      `port ${port} is already in use (another DynamoDB Local or \`npm start\` may be running). ` +
        `Stop it, or choose another port with ${envVar}=<port>.`,
    );
    this.name = 'PortBusyError';
  }
}

/**
 * Fails with PortBusyError when something listens on `port` already. Checked before starting DynamoDB
 * Local: otherwise its readiness probe would be answered by whatever holds the port.
 */
export function assertPortFree(port: number, envVar: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' || error.code === 'EACCES' ? new PortBusyError(port, envVar) : error),
    );
    // No host: all interfaces, as DynamoDB Local binds them.
    server.listen(port, () => server.close(() => resolve()));
  });
}

import net from 'node:net';

/** One client connection through the proxy, and its upstream connection. */
export interface ProxiedConnection {
  /** Stops forwarding in both directions; both sockets stay open (a stalled network). */
  pause(): void;
  resume(): void;
  /** Destroys both sockets (a reset connection). */
  cut(): void;
  /** The proxy's local port towards the server: the client port the server sees. */
  readonly upstreamPort: number | undefined;
}

/**
 * A loopback TCP proxy in front of a server (PostgreSQL in the tests), to break the network
 * between Charter and its database on purpose: stall it, cut it, and let it recover.
 */
export class TcpProxy {
  readonly connections = new Set<ProxiedConnection>();
  private paused = false;
  private refusing = false;
  private readonly server: net.Server;

  private constructor(
    private readonly target: { host: string; port: number },
    readonly port: number,
    server: net.Server,
  ) {
    this.server = server;
  }

  /** Starts a proxy on a free loopback port, forwarding to host:port. */
  static async start(target: { host: string; port: number }): Promise<TcpProxy> {
    // Half-open, so that a stalled connection also holds back a closing side's FIN.
    const server = net.createServer({ allowHalfOpen: true });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const proxy = new TcpProxy(target, (server.address() as net.AddressInfo).port, server);
    server.on('connection', (socket) => proxy.accept(socket));
    return proxy;
  }

  /** The URL with its host and port replaced by the proxy's. */
  rewrite(url: string): string {
    const parsed = new URL(url);
    parsed.hostname = '127.0.0.1';
    parsed.port = String(this.port);
    return parsed.toString();
  }

  /** Stalls every connection, open or new: bytes are held, nothing is closed. */
  pause(): void {
    this.paused = true;
    for (const connection of this.connections) connection.pause();
  }

  /** Destroys every open connection and refuses new ones until resume(). */
  cut(): void {
    this.refusing = true;
    for (const connection of this.connections) connection.cut();
  }

  /** Forwards again: stalled connections continue, new connections are accepted. */
  resume(): void {
    this.paused = false;
    this.refusing = false;
    for (const connection of this.connections) connection.resume();
  }

  async close(): Promise<void> {
    for (const connection of this.connections) connection.cut();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(client: net.Socket): void {
    if (this.refusing) {
      client.resetAndDestroy();
      return;
    }
    const upstream = net.connect({ port: this.target.port, host: this.target.host, allowHalfOpen: true });
    const held: { to: net.Socket; chunk: Buffer | null }[] = [];
    let stalled = false;
    const pass = (to: net.Socket, chunk: Buffer | null) => {
      if (chunk) to.write(chunk);
      else to.end();
    };
    const forward = (from: net.Socket, to: net.Socket) => {
      from.on('data', (chunk) => {
        if (stalled) held.push({ to, chunk });
        else pass(to, chunk);
      });
      from.on('end', () => {
        if (stalled) held.push({ to, chunk: null });
        else pass(to, null);
      });
    };
    forward(client, upstream);
    forward(upstream, client);
    const connection: ProxiedConnection = {
      pause: () => {
        stalled = true;
      },
      resume: () => {
        stalled = false;
        for (const { to, chunk } of held.splice(0)) pass(to, chunk);
      },
      cut: () => {
        client.resetAndDestroy();
        upstream.destroy();
      },
      get upstreamPort() {
        return upstream.localPort;
      },
    };
    const drop = () => {
      this.connections.delete(connection);
      client.destroy();
      upstream.destroy();
    };
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
    this.connections.add(connection);
    if (this.paused) connection.pause();
  }
}

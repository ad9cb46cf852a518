// What bench/load.ts uses of autocannon beyond bench/autocannon.d.ts: a sequence of requests built
// per request (`setupRequest`) and read back (`onResponse`). Merged into that declaration.
declare module 'autocannon' {
  interface RequestParams {
    method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
    path?: string;
    headers?: Record<string, string>;
    body?: string;
  }

  interface Request extends RequestParams {
    /** Called before each request with a per-connection context; returns the request to send. */
    setupRequest?: (request: RequestParams, context: Record<string, unknown>) => RequestParams | null;
    onResponse?: (status: number, body: string, context: Record<string, unknown>, headers: Record<string, string>) => void;
  }

  interface Options {
    requests?: Request[];
    timeout?: number;
  }
}

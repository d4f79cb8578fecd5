// Valid leads and a JSON poster for the server tests, which run their own `next start`.
import { randomUUID } from "node:crypto";
import { request } from "node:http";

export function lead(index: number) {
  return {
    name: `Load Test ${index}`,
    email: `load${index}@example.com`,
    goals: ["performance"],
    contactMethod: "email",
    consent: true,
    submissionId: randomUUID(),
  };
}

export type Answer = {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
};

/** POSTs JSON to /api/contact; localAddress picks the client address (any 127.x.y.z works). */
export function post(
  url: string,
  body: unknown,
  { localAddress, headers = {} }: { localAddress?: string; headers?: Record<string, string> } = {},
): Promise<Answer> {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const outgoing = request(
      `${url}/api/contact`,
      {
        method: "POST",
        localAddress,
        headers: {
          "content-type": "application/json",
          "content-length": Buffer.byteLength(payload),
          ...headers,
        },
      },
      (response) => {
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (text += chunk));
        response.on("end", () =>
          resolve({ status: response.statusCode ?? 0, body: text, headers: response.headers }),
        );
      },
    );
    outgoing.on("error", reject);
    outgoing.end(payload);
  });
}

import type { PayloadHandler, PayloadRequest } from 'payload'

import { RequestProblem } from './body'

/**
 * Runs an import endpoint: a RequestProblem becomes its 4xx answer with the message; anything
 * else is a fault of the server and goes on to Payload's error handling.
 */
export const endpoint =
  (run: (req: PayloadRequest) => Promise<{ status?: number; body: unknown }>): PayloadHandler =>
  async (req) => {
    try {
      const { status = 200, body } = await run(req)
      return Response.json(body, { status })
    } catch (error) {
      if (error instanceof RequestProblem) return Response.json({ error: error.message }, { status: error.status })
      throw error
    }
  }

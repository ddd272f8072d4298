import { startTcpGateProcess } from '../../../bench/lib/tcpGate.mjs'
import type { Cluster } from './cluster'

// A cluster whose only way to PostgreSQL is a TCP gate the test closes and opens
// (bench/lib/tcpGate.mjs), for the outage tests. The gate runs in a process of its own: the
// cluster's setup runs `npm run migrate` synchronously, which would stall a gate in this one.

export type GatedCluster = {
  cluster: Cluster
  gate: Awaited<ReturnType<typeof startTcpGateProcess>>
  stop: () => Promise<void>
}

export async function startGatedCluster(instances: number): Promise<GatedCluster> {
  const postgres = new URL(process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres')
  const gate = await startTcpGateProcess({ host: postgres.hostname, port: Number(postgres.port || 5432) })
  let cluster: Cluster | undefined
  const stop = async () => {
    await gate.open().catch(() => {})
    await cluster?.stop()
    gate.stop()
  }
  try {
    // setup/cluster.ts reads TEST_POSTGRES_URL once, when it is loaded, so it is loaded with the
    // gate's address set (and the variable put back).
    const given = process.env.TEST_POSTGRES_URL
    postgres.port = String(gate.port)
    process.env.TEST_POSTGRES_URL = postgres.toString()
    const { startCluster } = await import('./cluster')
    if (given === undefined) delete process.env.TEST_POSTGRES_URL
    else process.env.TEST_POSTGRES_URL = given
    cluster = await startCluster({ instances, captureLog: true })
    return { cluster, gate, stop }
  } catch (error) {
    await stop()
    throw error
  }
}

import { startTcpGate } from './tcpGate.mjs'

// A TCP gate in a process of its own (see startTcpGateProcess in tcpGate.mjs): `node
// tcpGateProcess.mjs <host> <port>`, told 'close' and 'open' over IPC, ends with its parent.

const gate = await startTcpGate({ host: process.argv[2], port: Number(process.argv[3]) })
process.on('message', (command) => {
  void (command === 'close' ? gate.close() : gate.open()).then(() => process.send?.(command))
})
process.on('disconnect', () => process.exit(0))
process.send?.({ port: gate.port })

/** `npm run replicas`: serve the portal replicas for manual use; prints the Chromium flags to use. */
import { startReplicas } from './server';

const port = Number(process.env.REPLICA_PORT ?? 8443);
const replicas = await startReplicas({ port });
console.log(`Bản sao cổng dịch vụ công đang chạy trên https://127.0.0.1:${replicas.port}`);
console.log(`Chạy Chromium với: --host-resolver-rules="${replicas.resolverRules}" --ignore-certificate-errors`);
process.on('SIGINT', () => void replicas.close().then(() => process.exit(0)));

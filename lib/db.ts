import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { env, requireDatabaseUrl } from "@/lib/env";
import { PrismaClient } from "@/lib/generated/prisma/client";

function createClient() {
  const adapter = new PrismaPg({
    connectionString: requireDatabaseUrl(),
    max: env.DATABASE_POOL_SIZE,
  });
  // Password hashes never leave the data layer by accident: they must be selected explicitly.
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
}

type Client = ReturnType<typeof createClient>;
const globalForDb = globalThis as unknown as { rehearseDb?: Client };

function client(): Client {
  globalForDb.rehearseDb ??= createClient();
  return globalForDb.rehearseDb;
}

/**
 * The one Prisma client. It connects on first use, so building the app needs no database.
 */
export const db: Client = new Proxy({} as Client, {
  get(_target, property) {
    const target = client();
    const value: unknown = Reflect.get(target, property, target);
    return typeof value === "function" ? value.bind(target) : value;
  },
});

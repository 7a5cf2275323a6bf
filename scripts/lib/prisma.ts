// A Prisma client for command-line scripts (the app's own lives in lib/db.ts).
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client.ts";

export function createScriptClient(url: string) {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
}

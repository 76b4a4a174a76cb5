// Prisma CLI configuration. Migrations run through Prisma 6.19's WebAssembly schema engine and a
// driver adapter, because these machines cannot download native engines (see shared/STACK.md).
// The 7.x adapter (installed as an alias) is used here only: 6.19's adapter cannot read the
// `name` column type that migrate's introspection selects (Prisma issue #27403).
import { defineConfig } from 'prisma/config';
import { PrismaPg } from '@prisma/adapter-pg-7';

function connectionFields(url: string) {
  const parsed = new URL(url);
  // Separate fields, not a connectionString: the shadow-database code spreads the config and a
  // connectionString would win over `database`.
  return {
    host: parsed.hostname,
    port: Number(parsed.port || 5432),
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
    database: decodeURIComponent(parsed.pathname.slice(1)),
    // Let the CLI exit as soon as it is done instead of waiting out the pool's idle timeout.
    allowExitOnIdle: true,
    idleTimeoutMillis: 200,
  };
}

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: 'prisma/schema.prisma',
  adapter: () => {
    const url = process.env['DATABASE_URL'];
    if (!url) throw new Error('DATABASE_URL is not set (npm start sets it for the embedded PostgreSQL)');
    return Promise.resolve(new PrismaPg(connectionFields(url)));
  },
});

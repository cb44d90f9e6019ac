import { createReadStream } from 'node:fs'
import { pipeline } from 'node:stream/promises'
import pg from 'pg'
import { from as copyFrom } from 'pg-copy-streams'
import { CliError } from '../lib/cli'
import { quoteIdent, type DatabaseDump } from './databaseDump'

/** Tables of the public schema, or none in an empty database. */
export async function publicTables(databaseUrl: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl })
  try {
    await client.connect()
    return await publicTablesOf(client)
  } catch (error) {
    if ((error as { code?: string }).code === '3D000') return []
    throw error
  } finally {
    await client.end().catch(() => {})
  }
}

/** Tables ordered so that every table comes after the tables its foreign keys point to. */
async function loadOrder(client: pg.Client, tables: string[]): Promise<string[]> {
  const { rows } = await client.query<{ child: string; parent: string }>(`
    SELECT c.relname AS child, p.relname AS parent FROM pg_constraint k
    JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE k.contype = 'f' AND n.nspname = 'public' AND k.conrelid <> k.confrelid`)
  const parents = new Map(tables.map((table) => [table, new Set<string>()]))
  for (const { child, parent } of rows) parents.get(child)?.add(parent)
  const ordered: string[] = []
  const visit = (table: string, path: Set<string>) => {
    if (ordered.includes(table) || !parents.has(table)) return
    if (path.has(table)) throw new Error(`Foreign keys form a cycle through ${table}: this restore cannot order the tables.`)
    path.add(table)
    for (const parent of parents.get(table) ?? []) visit(parent, path)
    path.delete(table)
    ordered.push(table)
  }
  for (const table of tables) visit(table, new Set())
  return ordered
}

/**
 * Loads a dump into a database whose schema the migrations just created: every table by COPY, in
 * foreign-key order, then the sequences, all in one transaction (a failure leaves it as it was).
 * `payload_migrations` is not loaded: the migrations that ran wrote it.
 */
export async function loadDatabase(databaseUrl: string, dump: DatabaseDump, fileOf: (file: string) => string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  const byName = new Map(dump.tables.map((table) => [table.name, table]))
  let rows = 0
  try {
    await client.query('BEGIN')
    const existing = await publicTablesOf(client)
    const missing = dump.tables.map((t) => t.name).filter((name) => !existing.includes(name))
    if (missing.length) throw new CliError(`The archive has tables the migrations did not create (${missing.slice(0, 3).join(', ')}): restore it with the version of the site that made it.`)
    for (const name of await loadOrder(client, [...byName.keys()].filter((n) => n !== 'payload_migrations'))) {
      const table = byName.get(name)!
      if (!table.rows) continue
      const columns = table.columns.map(quoteIdent).join(', ')
      await pipeline(createReadStream(fileOf(table.file)), client.query(copyFrom(`COPY ${quoteIdent(name)} (${columns}) FROM STDIN`)))
      rows += table.rows
    }
    for (const sequence of dump.sequences) {
      await client.query('SELECT setval($1::regclass, $2::bigint, $3)', [quoteIdent(sequence.name), sequence.value, sequence.isCalled])
    }
    await client.query('COMMIT')
    return rows
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {})
    throw error
  } finally {
    await client.end()
  }
}

async function publicTablesOf(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>("SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'")
  return rows.map((row) => row.name)
}

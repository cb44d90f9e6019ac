import { createWriteStream } from 'node:fs'
import { pipeline } from 'node:stream/promises'
import pg from 'pg'
import { to as copyTo } from 'pg-copy-streams'

export type TableDump = { name: string; columns: string[]; file: string; rows: number }
export type SequenceValue = { name: string; value: string; isCalled: boolean }
export type DatabaseDump = { serverVersion: string; migrations: string[]; tables: TableDump[]; sequences: SequenceValue[] }

export const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`

/**
 * A logical dump of the public schema through `pg` alone: every table's rows in COPY's text format
 * (one file per table) and every sequence's value, read in one REPEATABLE READ READ ONLY
 * transaction, so the dump is one consistent moment. The schema itself is not dumped: it is the
 * committed migrations, whose names are recorded, and a restore runs them. Works against any
 * PostgreSQL version without its client tools.
 */
export async function dumpDatabase(databaseUrl: string, fileFor: (table: string) => string): Promise<DatabaseDump> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
    const serverVersion = (await client.query<{ server_version: string }>('SHOW server_version')).rows[0].server_version
    const migrations = (await client.query<{ name: string }>('SELECT name FROM payload_migrations ORDER BY id')).rows.map((row) => row.name)
    const tables: TableDump[] = []
    const { rows: tableRows } = await client.query<{ name: string; columns: string[] }>(`
      SELECT c.relname AS name, array_agg(a.attname ORDER BY a.attnum)::text[] AS columns
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
      GROUP BY c.relname ORDER BY c.relname`)
    for (const table of tableRows) {
      const file = fileFor(table.name)
      const columnList = table.columns.map(quoteIdent).join(', ')
      const stream = client.query(copyTo(`COPY ${quoteIdent(table.name)} (${columnList}) TO STDOUT`))
      await pipeline(stream, createWriteStream(file))
      tables.push({ name: table.name, columns: table.columns, file, rows: Number(stream.rowCount ?? 0) })
    }
    const { rows: sequenceNames } = await client.query<{ name: string }>("SELECT sequencename AS name FROM pg_sequences WHERE schemaname = 'public' ORDER BY 1")
    const sequences: SequenceValue[] = []
    for (const { name } of sequenceNames) {
      const { rows } = await client.query<{ last_value: string; is_called: boolean }>(`SELECT last_value::text, is_called FROM ${quoteIdent(name)}`)
      sequences.push({ name, value: rows[0].last_value, isCalled: rows[0].is_called })
    }
    await client.query('COMMIT')
    return { serverVersion, migrations, tables, sequences }
  } finally {
    await client.end()
  }
}

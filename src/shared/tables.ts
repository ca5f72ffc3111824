/**
 * Who writes which table. Each module declares, in its index, the tables it owns (only it inserts,
 * updates or deletes their rows) and, rarely, another module's table it writes with a reason: a
 * hot path that writes several modules' rows in one SQL statement, through SQL the owner provides.
 * `test/table-owners.test.ts` reads every module's source and fails on a write not declared here.
 */
export interface TableDeclaration {
  owns: readonly string[];
  /** Tables of other modules written here, each with why (kept few; each is a debt or a hot path). */
  alsoWrites?: Readonly<Record<string, string>>;
}

export function declareTables(declaration: TableDeclaration): TableDeclaration {
  return declaration;
}

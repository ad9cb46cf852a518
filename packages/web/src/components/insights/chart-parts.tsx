import type { ReactNode } from 'react';

/**
 * The chart itself is for the eyes only: hidden from screen readers, who get the sentence above it
 * and the table below it instead. Nothing inside may take focus (charts set accessibilityLayer off).
 */
export function ChartBox({ height, children }: { height: number; children: ReactNode }) {
  return <div className="chart-box" aria-hidden="true" style={{ height }}>{children}</div>;
}

export interface Column<Row> {
  header: string;
  cell: (row: Row) => ReactNode;
  /** Numbers line up on the right. */
  numeric?: boolean;
}

/** The numbers behind a chart, as a table with a caption, folded away until asked for. */
export function NumbersTable<Row>({ caption, columns, rows, rowKey }: {
  caption: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
}) {
  const [first, ...rest] = columns;
  if (!first) return null;
  return (
    <details className="numbers">
      <summary>Show the numbers</summary>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>{columns.map((column) => <th key={column.header} scope="col" className={column.numeric ? 'numeric' : undefined}>{column.header}</th>)}</tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              <th scope="row">{first.cell(row)}</th>
              {rest.map((column) => <td key={column.header} className={column.numeric ? 'numeric' : undefined}>{column.cell(row)}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

/** A legend in words beside the colour, so colour is never the only clue. */
export function Legend({ items }: { items: readonly { label: string; colour: string; line?: boolean }[] }) {
  return (
    <ul className="chart-legend" aria-hidden="true">
      {items.map((item) => (
        <li key={item.label}>
          <span className={item.line ? 'legend-line' : 'legend-swatch'} style={{ background: item.colour }} />
          {item.label}
        </li>
      ))}
    </ul>
  );
}

/** "Something to try" after a finding: always a way forward, never a verdict. */
export function TryNext({ children }: { children: ReactNode }) {
  return <p className="try-next">{children}</p>;
}

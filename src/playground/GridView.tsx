/** The playground's sheet: the in-memory workbook drawn as Excel would, marks and selection included. */
import { columnName, toA1, type CellRange } from '../core/grid';
import type { RenderedSheet } from '../office/memory-host';

const WIDTHS = [96, 92, 140, 190, 104, 92, 92];

export interface GridViewProps {
  sheet: RenderedSheet;
  selection: CellRange | null;
  onSelect(row: number, col: number): void;
}

function inRange(r: CellRange | null, row: number, col: number): boolean {
  return r !== null && row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
}

export function GridView({ sheet, selection, onSelect }: GridViewProps) {
  const cols = Array.from({ length: Math.max(sheet.cols, 7) }, (_, c) => c);
  return (
    <table className="sheet" aria-label={sheet.name} data-testid="grid">
      <colgroup>
        <col style={{ width: 40 }} />
        {cols.map((c) => (
          <col key={c} style={{ width: WIDTHS[c] ?? 80 }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          <th className="corner" />
          {cols.map((c) => (
            <th key={c} scope="col" className={selection && c >= selection.left && c <= selection.right ? 'hdr active' : 'hdr'}>
              {columnName(c)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {sheet.cells.map((line, row) => (
          <tr key={row}>
            <th scope="row" className={selection && row >= selection.top && row <= selection.bottom ? 'hdr active' : 'hdr'}>
              {row + 1}
            </th>
            {cols.map((col) => {
              const cell = line[col];
              if (cell?.covered) return null;
              const address = toA1(row, col);
              const selected = inRange(selection, row, col);
              return (
                <td
                  key={col}
                  data-cell={address}
                  data-selected={selected ? 'true' : undefined}
                  data-fill={cell?.fill ?? ''}
                  rowSpan={cell?.span?.rows}
                  colSpan={cell?.span?.cols}
                  className={selected ? 'selected' : undefined}
                  style={{ backgroundColor: cell?.fill ?? undefined, fontWeight: cell?.bold ? 600 : undefined }}
                  onClick={() => onSelect(row, col)}
                  title={address}
                >
                  {cell?.text ?? ''}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** One bar of a chart: its label, its value and the text said for it (the figure with its unit). */
export interface Bar {
  label: string;
  value: number;
  text: string;
}

/**
 * A bar chart without a chart library: a table (what screen readers read and what prints), each row with
 * an inline SVG bar drawn from its value, hidden from assistive technology as it repeats the text.
 */
export function BarTable({
  caption,
  head,
  bars,
  max,
}: {
  caption: string;
  head: [string, string];
  bars: Bar[];
  max?: number;
}) {
  const top = max ?? Math.max(1, ...bars.map((bar) => bar.value));
  return (
    <div className="scroll">
      <table className="bars">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{head[0]}</th>
            <th scope="col" className="number">
              {head[1]}
            </th>
            <td aria-hidden="true" />
          </tr>
        </thead>
        <tbody>
          {bars.map((bar, i) => (
            <tr key={i}>
              <th scope="row">{bar.label}</th>
              <td className="number">{bar.text}</td>
              <td className="bar" aria-hidden="true">
                <svg viewBox="0 0 100 10" preserveAspectRatio="none" focusable="false">
                  <rect x="0" y="0" width={Math.max(0, Math.min(100, (bar.value / top) * 100))} height="10" />
                </svg>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

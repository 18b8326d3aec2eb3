/**
 * A uPlot chart in a Preact component: created on mount, data swapped on change, destroyed on
 * unmount. uPlot is bundled into the timings page only (never the content script).
 */
import { useEffect, useRef } from 'preact/hooks';
import uPlot, { type AlignedData, type Options } from 'uplot';
import 'uplot/dist/uPlot.min.css';

export function TimingsChart({ options, data, label }: { options: Omit<Options, 'width' | 'height'>; data: AlignedData; label: string }) {
  const host = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  useEffect(() => {
    if (!host.current) return;
    plot.current = new uPlot({ width: 560, height: 260, ...options } as Options, data, host.current);
    return () => {
      plot.current?.destroy();
      plot.current = null;
    };
  }, [JSON.stringify(options.series.map((s) => s.label)), JSON.stringify(options.scales)]);
  useEffect(() => {
    plot.current?.setData(data);
  }, [data]);
  return <div ref={host} role="img" aria-label={label} />;
}

import { Icon, type IconName } from '../../app/Icon';
import { Popover } from '../../app/Popover';
import { copyDefinition, exportDefinition } from './exportDefinition';

interface Item {
  label: string;
  icon: IconName;
  run: () => void | Promise<void>;
}

// The image export is only needed on demand: keep it out of the first page's JavaScript.
const image = (kind: 'svg' | 'png') => () => import('./exportImage').then((m) => m.exportGraphImage(kind));

const ITEMS: Item[] = [
  { label: 'Download .asl.json', icon: 'file', run: () => exportDefinition('json') },
  { label: 'Download .asl.yaml', icon: 'file', run: () => exportDefinition('yaml') },
  { label: 'Copy definition', icon: 'clipboard', run: copyDefinition },
  { label: 'Download graph as SVG', icon: 'image', run: image('svg') },
  { label: 'Download graph as PNG', icon: 'image', run: image('png') },
];

/** The Export menu: the definition as JSON or YAML, to the clipboard, or the graph as a picture. */
export function ExportMenu() {
  return (
    <Popover
      label="Export"
      role="menu"
      align="end"
      buttonClassName="button"
      title="Download or copy the workflow"
      button={
        <>
          <Icon name="download" /> Export <Icon name="chevronDown" size={14} />
        </>
      }
    >
      {(close) =>
        ITEMS.map((item, i) => (
          <button
            key={item.label}
            type="button"
            role="menuitem"
            className={i === 3 ? 'menu-item menu-item--separated' : 'menu-item'}
            onClick={() => {
              close();
              void item.run();
            }}
          >
            <Icon name={item.icon} /> {item.label}
          </button>
        ))
      }
    </Popover>
  );
}

import { Background, ControlButton, Controls, ReactFlow, ReactFlowProvider, useReactFlow, type EdgeTypes, type NodeChange, type NodeMouseHandler, type NodeTypes } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useStudio } from '../../store';
import { ContextMenu } from './ContextMenu';
import { EmptyCanvas } from './EmptyCanvas';
import { FlowEdge } from './FlowEdge';
import { GraphOverview } from './GraphOverview';
import { GroupNode } from './GroupNode';
import { MarkerNode } from './MarkerNode';
import { menuItems, type MenuTarget } from './menuItems';
import { StateNode } from './StateNode';
import type { FlowNode } from './toFlow';
import { useCanvasKeys } from './useCanvasKeys';
import { useDragTracking } from './useDragTracking';
import { useFlowGraph } from './useFlowGraph';
import { FIT_OPTIONS, useCompactCanvas, useFitTracker, useRefitOnResize } from './useFitTracker';
import { useAutoFit, useCentreOn, useRevealSelection } from './useViewport';
import './canvas.css';
import './interactions.css';

/** What a screen reader hears on a focused state: the studio's own keys, not React Flow's defaults. */
const ARIA_LABELS = {
  'node.a11yDescription.default':
    'Press Enter or Space to select this state. Arrow keys move the selection through the workflow; Alt+Up and Alt+Down move the state along its sequence; Delete removes it, Ctrl+D duplicates it, F2 renames it, Shift+F10 opens its menu.',
  'node.a11yDescription.keyboardDisabled':
    'Press Enter or Space to select this state. Arrow keys move the selection through the workflow; Alt+Up and Alt+Down move the state along its sequence; Delete removes it, Ctrl+D duplicates it, F2 renames it, Shift+F10 opens its menu.',
};

const nodeTypes: NodeTypes = { state: StateNode, marker: MarkerNode, group: GroupNode };
const edgeTypes: EdgeTypes = { flow: FlowEdge };

/** What a right-click on a node offers, if anything. */
function menuTargetOf(node: FlowNode, nodes: readonly FlowNode[]): MenuTarget | undefined {
  const g = node.data.node;
  if (g.kind === 'state' && g.stateName !== undefined) return { kind: 'state', name: g.stateName, type: g.stateType };
  const owner = nodes.find((n) => n.id === g.parentId)?.data.node;
  if (g.kind === 'group-branch' && owner?.stateName !== undefined) {
    const index = Number(g.pointer.split('/').at(-1));
    const count = nodes.filter((n) => n.parentId === g.parentId && n.data.node.kind === 'group-branch').length;
    return { kind: 'branch', parallel: owner.stateName, index, count };
  }
  if (g.kind === 'group-processor' && owner?.stateName !== undefined) return { kind: 'state', name: owner.stateName, type: owner.stateType };
  return undefined;
}

interface OpenMenu {
  x: number;
  y: number;
  target: MenuTarget;
}

function FlowCanvas({ container }: { container: React.RefObject<HTMLDivElement | null> }) {
  const graph = useFlowGraph();
  const selected = useStudio((s) => s.selected);
  const select = useStudio((s) => s.select);
  const colorMode = useStudio((s) => s.theme);
  const [menu, setMenu] = useState<OpenMenu | null>(null);
  const { getInternalNode, flowToScreenPosition } = useReactFlow<FlowNode>();
  const centreOn = useCentreOn();

  // React Flow draws `selected` from our nodes: the store's selection is the only one.
  const nodes = useMemo(
    () => (selected === null ? graph.nodes : graph.nodes.map((n) => (n.id === selected ? { ...n, selected: true } : n))),
    [graph.nodes, selected],
  );
  const fit = useFitTracker(container);
  useAutoFit(useMemo(() => graph.nodes.map((n) => n.id), [graph.nodes]), fit);
  useRefitOnResize(container, fit);
  const compact = useCompactCanvas(container);
  useRevealSelection(container);
  useDragTracking();

  const closeMenu = useCallback(() => setMenu(null), []);
  const openMenuFor = useCallback(
    (name: string) => {
      const node = getInternalNode(name);
      if (!node) return;
      const { x, y } = node.internals.positionAbsolute;
      const at = flowToScreenPosition({ x: x + 24, y: y + (node.measured.height ?? 40) });
      setMenu({ x: at.x, y: at.y, target: { kind: 'state', name, type: node.data.node.stateType } });
    },
    [getInternalNode, flowToScreenPosition],
  );
  useCanvasKeys(container, openMenuFor);

  const onNodeClick: NodeMouseHandler<FlowNode> = useCallback(
    (_event, node) => {
      const g = node.data.node;
      if (g.kind === 'state' && g.stateName !== undefined) select(g.stateName, 'canvas');
    },
    [select],
  );
  const onNodeContextMenu: NodeMouseHandler<FlowNode> = useCallback(
    (event, node) => {
      const target = menuTargetOf(node, graph.nodes);
      if (!target) return;
      event.preventDefault();
      if (target.kind === 'state') select(target.name, 'canvas');
      setMenu({ x: event.clientX, y: event.clientY, target });
    },
    [graph.nodes, select],
  );
  // Enter or Space on a focused node selects it (React Flow reports it as a change of our nodes).
  const onNodesChange = useCallback(
    (changes: NodeChange<FlowNode>[]) => {
      for (const change of changes) {
        if (change.type !== 'select' || !change.selected) continue;
        const g = graph.nodes.find((n) => n.id === change.id)?.data.node;
        if (g?.kind === 'state' && g.stateName !== undefined) select(g.stateName, 'canvas');
      }
    },
    [graph.nodes, select],
  );
  const emptyMachine = !graph.nodes.some((n) => n.type === 'state' && n.parentId === undefined);

  return (
    <>
      <ReactFlow<FlowNode>
        colorMode={colorMode}
        nodes={nodes}
        edges={graph.edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        fitView
        fitViewOptions={FIT_OPTIONS}
        minZoom={0.05}
        nodesConnectable={false}
        nodesDraggable={false}
        edgesFocusable={false}
        deleteKeyCode={null}
        selectionKeyCode={null}
        multiSelectionKeyCode={null}
        onNodeClick={onNodeClick}
        onNodesChange={onNodesChange}
        onPaneClick={() => {
          closeMenu();
          select(null, 'canvas');
        }}
        onNodeContextMenu={onNodeContextMenu}
        onPaneContextMenu={(event) => {
          event.preventDefault();
          closeMenu();
        }}
        proOptions={{ hideAttribution: true }}
        ariaLabelConfig={ARIA_LABELS}
        onlyRenderVisibleElements
      >
        <Background gap={20} size={1} />
        {/* The fit button's fit is the tracker's too (the same queued fit), so a resize after it refits. */}
        <Controls showInteractive={false} fitViewOptions={FIT_OPTIONS} onFitView={fit.fit}>
          <ControlButton onClick={() => selected !== null && centreOn(selected)} disabled={selected === null} aria-label="Centre on selection" title="Centre on the selected state">
            <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M12 3v4M12 17v4M3 12h4M17 12h4" stroke="currentColor" strokeWidth="2" fill="none" /><circle cx="12" cy="12" r="3" fill="currentColor" /></svg>
          </ControlButton>
        </Controls>
        {!compact && <GraphOverview nodes={graph.nodes} />}
      </ReactFlow>
      {emptyMachine && <EmptyCanvas />}
      {menu && (
        <ContextMenu
          x={menu.x}
          y={menu.y}
          label={menu.target.kind === 'state' ? `Actions for ${menu.target.name}` : `Branch ${menu.target.index + 1} of ${menu.target.parallel}`}
          items={menuItems(menu.target)}
          onClose={closeMenu}
        />
      )}
    </>
  );
}

/** The graph canvas: the current definition laid out top to bottom, edited by drag and drop, keys and a context menu. */
export function Canvas() {
  const container = useRef<HTMLDivElement>(null);
  return (
    <div className="canvas" data-testid="canvas" ref={container}>
      <ReactFlowProvider>
        <FlowCanvas container={container} />
      </ReactFlowProvider>
    </div>
  );
}

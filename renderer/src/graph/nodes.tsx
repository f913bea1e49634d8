import { Handle, Position, useStore, type Node, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { labelOf } from '../../../shared/domain/enums';
import type { Sensitivity } from '../../../shared/domain/sensitivity';
import type { Workload } from '../../../shared/domain/workload';
import { useGraphView } from './graph-view-state';

// The graph's node types. Consumers sit left of their providers, so a dependency is
// drawn from a node's right handle (it needs…) to another's left handle (…this).

const KIND_BADGE: Record<Workload['kind'], string> = {
  application: 'APP',
  worker: 'WKR',
  'scheduled-job': 'JOB',
  database: 'DB',
  cache: 'CACHE',
  ingress: 'EDGE',
  integration: 'INT',
  'object-storage': 'OBJ',
  identity: 'IDP',
  monitoring: 'MON',
  backup: 'BKP',
  other: '•••',
};

const ENV_BADGE: Record<Workload['environment'], string> = { production: 'PROD', staging: 'STG', test: 'TEST', development: 'DEV', training: 'TRN', dr: 'DR' };

export type WorkloadNodeData = { workload: Workload; sensitivity: Sensitivity; dimmed: boolean; ring?: string };
export type SystemNodeData = { system: string; count: number; environments: string[]; sensitivity: Sensitivity; dimmed: boolean };
export type GroupNodeData = { label: string; count: number };

/**
 * Below this zoom a node's 12 px name is smaller than 5 px on screen: fitted to a
 * projector, the graph shows each name alone, large, instead (the badges and system
 * line come back as soon as one zooms in).
 */
export const FAR_ZOOM = 0.45;
const isFar = (s: { transform: [number, number, number] }) => s.transform[2] < FAR_ZOOM;

export const WorkloadNode = memo(function WorkloadNode({ data, selected }: NodeProps<Node<WorkloadNodeData, 'workload'>>) {
  const w = data.workload;
  const far = useStore(isFar);
  return (
    <div
      className={`wl-node sens-border-${data.sensitivity}${selected ? ' selected' : ''}${data.dimmed ? ' dimmed' : ''}${far ? ' far' : ''}`}
      style={data.ring ? { boxShadow: `0 0 0 3px ${data.ring}` } : undefined}
      title={`${w.name}\n${labelOf(w.kind)} · ${labelOf(w.environment)} · ${data.sensitivity}`}
    >
      <Handle type="target" position={Position.Left} />
      <span className={`kind-badge kind-${w.kind}`}>{KIND_BADGE[w.kind]}</span>
      <span className="wl-text">
        <span className="wl-name">{w.name}</span>
        <span className="wl-sub">
          <span className={`env-badge env-${w.environment}`}>{ENV_BADGE[w.environment]}</span>
          <span className="wl-system">{w.system || 'No system'}</span>
        </span>
      </span>
      <Handle type="source" position={Position.Right} />
    </div>
  );
});

export const SystemNode = memo(function SystemNode({ data, selected }: NodeProps<Node<SystemNodeData, 'system'>>) {
  const far = useStore(isFar);
  return (
    <div
      className={`sys-node sens-border-${data.sensitivity}${selected ? ' selected' : ''}${data.dimmed ? ' dimmed' : ''}${far ? ' far' : ''}`}
      title="Click to show its workloads"
      onClick={() => useGraphView.getState().toggleExpanded(data.system)}
    >
      <Handle type="target" position={Position.Left} isConnectable={false} />
      <span className="sys-name">{data.system}</span>
      <span className="sys-sub">
        {data.count} workloads · {data.environments.map((e) => ENV_BADGE[e as Workload['environment']] ?? e).join(' ')}
      </span>
      <span className="sys-expand">Click to expand ▾</span>
      <Handle type="source" position={Position.Right} isConnectable={false} />
    </div>
  );
});

export const GroupNode = memo(function GroupNode({ data }: NodeProps<Node<GroupNodeData, 'groupBox'>>) {
  return (
    <div className="group-box">
      <span className="group-label">
        {data.label} <span className="group-count">{data.count}</span>
      </span>
    </div>
  );
});

export const NODE_TYPES = { workload: WorkloadNode, system: SystemNode, groupBox: GroupNode };

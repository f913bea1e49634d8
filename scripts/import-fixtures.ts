// Small, realistic files of each discovery export Waveplan recognises (issue 14), for the
// format tests: a healthcare estate (Odoo ERP on PostgreSQL, Redis, Traefik, an EHR HL7
// interface engine, payroll, PACS) as each vendor's tool would write it. Each builder
// returns the file as `readSpreadsheet` gives it ({ sheets }); `csvBytes` and `xlsxBytes`
// turn one into the bytes a person would import. Column lists follow the sources named in
// shared/import/formats/*.ts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { INVENTORY_COLUMNS } from '../shared/excel/inventory-columns.js';
import type { SheetRows, SpreadsheetFile } from '../shared/import/formats/types.js';

const sheet = (name: string, header: string[], body: string[][]): SheetRows => ({ name, rows: [header, ...body] });

/** A row given as header → value, in the header's order ('' where not given). */
const rowOf = (header: readonly string[], values: Record<string, string>): string[] => header.map((h) => values[h] ?? '');

// ---------------------------------------------------------------- RVTools

const RV4_VINFO = [
  'VM',
  'Powerstate',
  'Template',
  'SRM Placeholder',
  'Config status',
  'DNS Name',
  'Connection state',
  'Guest state',
  'Heartbeat',
  'Consolidation Needed',
  'PowerOn',
  'Creation date',
  'CPUs',
  'Memory',
  'NICs',
  'Disks',
  'Total disk capacity MiB',
  'Primary IP Address',
  'Network #1',
  'Resource pool',
  'Folder ID',
  'Folder',
  'vApp',
  'FT State',
  'Provisioned MiB',
  'In Use MiB',
  'Unshared MiB',
  'HW version',
  'Path',
  'Annotation',
  'Datacenter',
  'Cluster',
  'Host',
  'OS according to the configuration file',
  'OS according to the VMware Tools',
  'VM ID',
  'VM UUID',
  'VI SDK Server type',
  'VI SDK API Version',
  'VI SDK Server',
  'VI SDK UUID',
];

interface Vm {
  vm: string;
  power?: string;
  template?: string;
  cpus: string;
  memory: string;
  ip?: string;
  folder: string;
  provisioned: string;
  inUse: string;
  annotation?: string;
  cluster: string;
  host: string;
  os: string;
}

const VMS: Vm[] = [
  {
    vm: 'ehr-hl7-prd01',
    cpus: '4',
    memory: '16384',
    ip: '10.20.1.11',
    folder: 'Clinical',
    provisioned: '107520',
    inUse: '61440',
    annotation: 'EHR HL7 interface engine (Mirth Connect)',
    cluster: 'CL-PRD-01',
    host: 'esx-prd-01.clinic.local',
    os: 'Red Hat Enterprise Linux 9 (64-bit)',
  },
  {
    vm: 'odoo-app-prd01',
    cpus: '8',
    memory: '32768',
    ip: '10.20.2.21',
    folder: 'ERP',
    provisioned: '81920',
    inUse: '40960',
    annotation: 'Odoo 17 ERP application server',
    cluster: 'CL-PRD-01',
    host: 'esx-prd-02.clinic.local',
    os: 'Ubuntu Linux (64-bit)',
  },
  {
    vm: 'pg-odoo-prd01',
    cpus: '8',
    memory: '65536',
    ip: '10.20.2.31',
    folder: 'ERP',
    provisioned: '524288',
    inUse: '310000',
    annotation: 'PostgreSQL 15 for Odoo',
    cluster: 'CL-PRD-01',
    host: 'esx-prd-02.clinic.local',
    os: 'Ubuntu Linux (64-bit)',
  },
  {
    vm: 'redis-cache-tst01',
    cpus: '2',
    memory: '4096',
    ip: '10.30.2.41',
    folder: 'ERP',
    provisioned: '20480',
    inUse: '8192',
    cluster: 'CL-NONPROD',
    host: 'esx-np-01.clinic.local',
    os: 'Debian GNU/Linux 12 (64-bit)',
  },
  {
    vm: 'traefik-edge01',
    cpus: '2',
    memory: '2048',
    ip: '10.10.0.5',
    folder: 'DMZ',
    provisioned: '16384',
    inUse: '6144',
    annotation: 'Traefik ingress for the patient portal',
    cluster: 'CL-DMZ',
    host: 'esx-dmz-01.clinic.local',
    os: 'Other Linux (64-bit)',
  },
  {
    vm: 'payroll-app-uat01',
    power: 'poweredOff',
    cpus: '4',
    memory: '8192',
    folder: 'Finance',
    provisioned: '61440',
    inUse: '30720',
    annotation: 'Payroll, last used for the 2023 year end',
    cluster: 'CL-NONPROD',
    host: 'esx-np-01.clinic.local',
    os: 'Microsoft Windows Server 2019 (64-bit)',
  },
  {
    vm: 'lab-results-api',
    cpus: '4',
    memory: '8192',
    ip: '10.30.3.12',
    folder: 'Dev',
    provisioned: '40960',
    inUse: '20480',
    cluster: 'CL-NONPROD',
    host: 'esx-np-02.clinic.local',
    os: 'Ubuntu Linux (64-bit)',
  },
  {
    vm: 'billing-batch01',
    cpus: '4',
    memory: '16384',
    ip: '10.20.4.15',
    folder: 'Finance',
    provisioned: '51200',
    inUse: '25600',
    cluster: 'CL-PRD-02',
    host: 'esx-prd-03.clinic.local',
    os: 'Microsoft Windows Server 2022 (64-bit)',
  },
  {
    vm: 'pacs-archive01',
    cpus: '8',
    memory: '32768',
    ip: '10.20.5.20',
    folder: 'Imaging',
    provisioned: '2097152',
    inUse: '1800000',
    annotation: 'Production PACS archive, do not power off',
    cluster: 'CL-IMAGING',
    host: 'esx-img-01.clinic.local',
    os: 'Microsoft Windows Server 2019 (64-bit)',
  },
  {
    vm: 'tpl-rhel9-base',
    power: 'poweredOff',
    template: 'True',
    cpus: '2',
    memory: '4096',
    folder: 'Templates',
    provisioned: '40960',
    inUse: '4096',
    annotation: 'Hardened RHEL 9 template',
    cluster: 'CL-PRD-01',
    host: 'esx-prd-01.clinic.local',
    os: 'Red Hat Enterprise Linux 9 (64-bit)',
  },
  {
    vm: 'vCLS-8c3b2a1d-5e6f-4a7b-9c0d-1e2f3a4b5c6d',
    cpus: '1',
    memory: '128',
    folder: 'vCLS',
    provisioned: '2048',
    inUse: '512',
    cluster: 'CL-PRD-01',
    host: 'esx-prd-01.clinic.local',
    os: 'Other 3.x or later Linux (64-bit)',
  },
];

const vinfo4Row = (v: Vm, i: number) =>
  rowOf(RV4_VINFO, {
    VM: v.vm,
    Powerstate: v.power ?? 'poweredOn',
    Template: v.template ?? 'False',
    'SRM Placeholder': 'False',
    'Config status': 'green',
    'DNS Name': v.ip ? `${v.vm}.clinic.local` : '',
    'Connection state': 'connected',
    'Guest state': v.power === 'poweredOff' ? 'notRunning' : 'running',
    CPUs: v.cpus,
    Memory: v.memory,
    NICs: '1',
    Disks: '1',
    'Total disk capacity MiB': v.provisioned,
    'Primary IP Address': v.ip ?? '',
    'Network #1': 'VLAN-120',
    'Resource pool': `/${v.cluster}/Resources`,
    'Folder ID': `group-v${100 + i}`,
    Folder: v.folder,
    'Provisioned MiB': v.provisioned,
    'In Use MiB': v.inUse,
    'Unshared MiB': v.inUse,
    'HW version': '19',
    Path: `[ds-prd-01] ${v.vm}/${v.vm}.vmx`,
    Annotation: v.annotation ?? '',
    Datacenter: 'DC-Leeds',
    Cluster: v.cluster,
    Host: v.host,
    'OS according to the configuration file': v.os,
    'OS according to the VMware Tools': v.power === 'poweredOff' ? '' : v.os,
    'VM ID': `vm-${2000 + i}`,
    'VM UUID': `4210c0de-0000-4000-8000-${String(i).padStart(12, '0')}`,
    'VI SDK Server type': 'VMware vCenter Server',
    'VI SDK API Version': '8.0.2.0',
    'VI SDK Server': 'vcsa01.clinic.local',
    'VI SDK UUID': 'a1b2c3d4-0000-4000-8000-000000000001',
  });

/** An RVTools 4.x workbook (MiB headers): vInfo, vDisk, vPartition, vNetwork, vHost. */
export function rvtools4x(): SpreadsheetFile {
  const vms = VMS;
  return {
    sheets: [
      sheet('vInfo', RV4_VINFO, vms.map(vinfo4Row)),
      sheet(
        'vDisk',
        ['VM', 'Powerstate', 'Template', 'SRM Placeholder', 'Disk', 'Disk Key', 'Capacity MiB', 'Raw', 'Disk Mode', 'Thin', 'Controller', 'Path', 'Host'],
        vms.map((v) => [
          v.vm,
          v.power ?? 'poweredOn',
          v.template ?? 'False',
          'False',
          'Hard disk 1',
          '2000',
          v.provisioned,
          'False',
          'persistent',
          'True',
          'SCSI controller 0',
          `[ds-prd-01] ${v.vm}/${v.vm}.vmdk`,
          v.host,
        ]),
      ),
      sheet(
        'vPartition',
        ['VM', 'Powerstate', 'Template', 'SRM Placeholder', 'Disk Key', 'Disk', 'Capacity MiB', 'Consumed MiB', 'Free MiB', 'Free %'],
        vms.filter((v) => !v.template).map((v) => [v.vm, v.power ?? 'poweredOn', 'False', 'False', '2000', '/', v.provisioned, v.inUse, String(Number(v.provisioned) - Number(v.inUse)), '40']),
      ),
      sheet(
        'vNetwork',
        ['VM', 'Powerstate', 'Template', 'SRM Placeholder', 'NIC label', 'Adapter', 'Network', 'Switch', 'Connected', 'Starts Connected', 'Mac Address', 'Type', 'IPv4 Address', 'IPv6 Address'],
        vms.map((v, i) => [
          v.vm,
          v.power ?? 'poweredOn',
          v.template ?? 'False',
          'False',
          'Network adapter 1',
          'vmxnet3',
          'VLAN-120',
          'dvs-prd',
          'True',
          'True',
          `00:50:56:8a:00:${String(i).padStart(2, '0')}`,
          'vmxnet3',
          v.ip ?? '',
          '',
        ]),
      ),
      sheet(
        'vHost',
        [
          'Host',
          'Datacenter',
          'Cluster',
          'Config status',
          'in Maintenance Mode',
          'CPU Model',
          'Speed',
          '# CPU',
          '# Cores',
          'CPU usage %',
          '# Memory',
          'Memory usage %',
          'ESX Version',
          'Vendor',
          'Model',
        ],
        [...new Set(vms.map((v) => `${v.host}|${v.cluster}`))].map((hc) => {
          const [host = '', cluster = ''] = hc.split('|');
          return [
            host,
            'DC-Leeds',
            cluster,
            'green',
            'False',
            'Intel(R) Xeon(R) Gold 6338 CPU @ 2.00GHz',
            '2000',
            '2',
            '64',
            '31',
            '1048576',
            '58',
            'VMware ESXi 8.0.2 build-22380479',
            'Dell Inc.',
            'PowerEdge R750',
          ];
        }),
      ),
      sheet(
        'vSource',
        ['Name', 'OS type', 'API type', 'API version', 'Version', 'Build', 'VI SDK Server', 'VI SDK UUID'],
        [['vcsa01.clinic.local', 'linux-x64', 'VirtualCenter', '8.0.2.0', '8.0.2', '22617221', 'vcsa01.clinic.local', 'a1b2c3d4-0000-4000-8000-000000000001']],
      ),
    ],
  };
}

/** A large RVTools 4.x workbook for the benchmark: `count` VMs over vInfo, vDisk and vNetwork, deterministic. */
export function rvtoolsOfSize(count: number): SpreadsheetFile {
  const roles = ['app', 'db', 'web', 'api', 'batch', 'cache'];
  const envs = ['prd', 'tst', 'dev', 'uat', 'stg'];
  const vms: Vm[] = Array.from({ length: count }, (_, i) => ({
    vm: `${roles[i % roles.length]}-${String(i).padStart(5, '0')}-${envs[i % envs.length]}`,
    power: i % 40 === 0 ? 'poweredOff' : undefined,
    cpus: String(2 ** (i % 4) * 2),
    memory: String(4096 * (1 + (i % 8))),
    ip: `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
    folder: `Folder ${i % 30}`,
    provisioned: String(40960 * (1 + (i % 12))),
    inUse: String(20480 * (1 + (i % 12))),
    annotation: i % 3 === 0 ? `Service ${i % 250} node` : undefined,
    cluster: `CL-${envs[i % envs.length]?.toUpperCase()}-${i % 4}`,
    host: `esx-${i % 60}.dc.local`,
    os: i % 2 ? 'Microsoft Windows Server 2019 (64-bit)' : 'Ubuntu Linux (64-bit)',
  }));
  return {
    sheets: [
      sheet('vInfo', RV4_VINFO, vms.map(vinfo4Row)),
      sheet(
        'vDisk',
        ['VM', 'Powerstate', 'Template', 'Disk', 'Capacity MiB', 'Thin', 'Host'],
        vms.map((v) => [v.vm, v.power ?? 'poweredOn', 'False', 'Hard disk 1', v.provisioned, 'True', v.host]),
      ),
      sheet(
        'vNetwork',
        ['VM', 'Powerstate', 'Template', 'NIC label', 'Network', 'Connected', 'IPv4 Address'],
        vms.map((v) => [v.vm, v.power ?? 'poweredOn', 'False', 'Network adapter 1', 'VLAN-120', 'True', v.ip ?? '']),
      ),
    ],
  };
}

// The older header era (RVTools 3.x, vCenter 5.x): "Provisioned MB", no "Primary IP Address",
// thousands separators in the numbers, as real exports of that time have them.
const RV3_VINFO = [
  'VM',
  'Powerstate',
  'Template',
  'Config status',
  'DNS Name',
  'Connection state',
  'Guest state',
  'Heartbeat',
  'Consolidation Needed',
  'PowerOn',
  'Suspend time',
  'Change Version',
  'CPUs',
  'Memory',
  'NICs',
  'Disks',
  'Network #1',
  'Network #2',
  'Network #3',
  'Network #4',
  'Num Monitors',
  'Video Ram KB',
  'Resource pool',
  'Folder',
  'vApp',
  'DAS protection',
  'FT State',
  'FT Latency',
  'FT Bandwidth',
  'FT Sec. Latency',
  'Provisioned MB',
  'In Use MB',
  'Unshared MB',
  'HA Restart Priority',
  'HA Isolation Response',
  'HA VM Monitoring',
  'Cluster rule(s)',
  'Cluster rule name(s)',
  'Boot Required',
  'Boot delay',
  'Boot retry delay',
  'Boot retry enabled',
  'Boot BIOS setup',
  'Firmware',
  'HW version',
  'HW upgrade status',
  'HW upgrade policy',
  'HW target',
  'Path',
  'Annotation',
  'Datacenter',
  'Cluster',
  'Host',
  'OS according to the configuration file',
  'OS according to the VMware Tools',
  'VM ID',
  'VM UUID',
  'VI SDK Server type',
  'VI SDK API Version',
  'VI SDK Server',
  'VI SDK UUID',
];

/** An RVTools 3.x vInfo tab as its own CSV (RVTools_tabvInfo.csv): MB headers. */
export function rvtools3x(): SpreadsheetFile {
  const rows: Record<string, string>[] = [
    { VM: 'EHRHL7PRD01', CPUs: '4', Memory: '16,384', 'Provisioned MB': '105,000', 'In Use MB': '61,440', Folder: 'Clinical', Cluster: 'PRD-CLUSTER', Annotation: 'HL7 interface engine' },
    { VM: 'PAYROLL-PRD01', CPUs: '2', Memory: '8,192', 'Provisioned MB': '65,744', 'In Use MB': '65,744', Folder: 'Finance', Cluster: 'PRD-CLUSTER' },
    { VM: 'ODOO-DEV01', CPUs: '2', Memory: '4,096', 'Provisioned MB': '20,702', 'In Use MB': '20,702', Folder: 'Development', Cluster: 'DEV-CLUSTER' },
    {
      VM: 'OLD-FAX-GW',
      Powerstate: 'poweredOff',
      CPUs: '1',
      Memory: '2,048',
      'Provisioned MB': '10,240',
      'In Use MB': '10,240',
      Folder: 'Retired',
      Cluster: 'PRD-CLUSTER',
      Annotation: 'Fax gateway, replaced 2019',
    },
    { VM: 'W2K8-TEMPLATE', Powerstate: 'poweredOff', Template: 'True', CPUs: '1', Memory: '2,048', 'Provisioned MB': '40,960', 'In Use MB': '12,000', Folder: 'Templates', Cluster: 'PRD-CLUSTER' },
  ];
  return {
    sheets: [
      sheet(
        'RVTools_tabvInfo',
        RV3_VINFO,
        rows.map((r, i) =>
          rowOf(RV3_VINFO, {
            Powerstate: 'poweredOn',
            Template: 'False',
            'Config status': 'green',
            'Connection state': 'connected',
            'Guest state': 'running',
            'Resource pool': '/MD_DATACENTER/PRD-CLUSTER/Resources',
            Datacenter: 'MD_DATACENTER',
            Host: 'esx01.clinic.local',
            'OS according to the configuration file': 'Microsoft Windows Server 2008 R2 (64-bit)',
            'VM ID': `vm-${900 + i}`,
            'VI SDK Server type': 'VMware vCenter Server 5.1.0 build-880146',
            'VI SDK API Version': '5.1',
            'VI SDK Server': 'vc01.clinic.local',
            ...r,
          }),
        ),
      ),
    ],
  };
}

// ---------------------------------------------------------------- Azure Migrate

const AZURE_IMPORT = [
  '*Server name',
  'IP addresses',
  '*Cores',
  '*Memory (In MB)',
  '*OS name',
  'OS version',
  'OS architecture',
  'Server type',
  'Hypervisor',
  'CPU utilization percentage',
  'Memory utilization percentage',
  'Network adapters',
  'Network In throughput',
  'Network Out throughput',
  'Boot type',
  'Number of disks',
  'Storage in use (In GB)',
  'Disk 1 size (In GB)',
  'Disk 1 read throughput (MB per second)',
  'Disk 1 write throughput (MB per second)',
  'Disk 1 read ops (operations per second)',
  'Disk 1 write ops (operations per second)',
  'Disk 2 size (In GB)',
  'Disk 2 read throughput (MB per second)',
  'Disk 2 write throughput (MB per second)',
  'Disk 2 read ops (operations per second)',
  'Disk 2 write ops (operations per second)',
];

/** The Azure Migrate import template, filled in from a CMDB. */
export function azureMigrateImport(): SpreadsheetFile {
  const rows: Record<string, string>[] = [
    {
      '*Server name': 'ehr-hl7-prd01.clinic.local',
      'IP addresses': '10.20.1.11, 10.20.9.11',
      '*Cores': '4',
      '*Memory (In MB)': '16384',
      '*OS name': 'Red Hat Enterprise Linux 9',
      'Number of disks': '2',
      'Disk 1 size (In GB)': '64',
      'Disk 2 size (In GB)': '40',
    },
    {
      '*Server name': 'odoo-app-prd01.clinic.local',
      'IP addresses': '10.20.2.21',
      '*Cores': '8',
      '*Memory (In MB)': '32768',
      '*OS name': 'Ubuntu Linux',
      'Number of disks': '1',
      'Disk 1 size (In GB)': '80',
    },
    {
      '*Server name': 'pg-odoo-prd01.clinic.local',
      'IP addresses': '10.20.2.31',
      '*Cores': '8',
      '*Memory (In MB)': '65536',
      '*OS name': 'Ubuntu Linux',
      'Number of disks': '2',
      'Disk 1 size (In GB)': '64',
      'Disk 2 size (In GB)': '512',
    },
    {
      '*Server name': 'payroll-app-tst01.clinic.local',
      'IP addresses': '10.30.4.11',
      '*Cores': '4',
      '*Memory (In MB)': '8192',
      '*OS name': 'Windows Server 2019',
      'Number of disks': '1',
      'Disk 1 size (In GB)': '60',
    },
  ];
  return {
    sheets: [
      sheet(
        'AzureMigrateImport',
        AZURE_IMPORT,
        rows.map((r) => rowOf(AZURE_IMPORT, { 'OS architecture': 'x64', 'Server type': 'Virtual', Hypervisor: 'VMware', 'Boot type': 'BIOS', ...r })),
      ),
    ],
  };
}

const ASSESSED = [
  'Machine',
  'VM host',
  'Azure VM readiness',
  'Azure readiness issues',
  'Data collection issues',
  'Recommended size',
  'Compute monthly cost estimate USD',
  'Storage monthly cost estimate USD',
  'Operating system',
  'Boot type',
  'Cores',
  'Memory(MB)',
  'CPU usage(%)',
  'Memory usage(%)',
  'Storage(GB)',
  'Standard HDD disks',
  'Standard SSD disks',
  'Premium disks',
  'Ultra disks',
  'Disk read(ops/sec)',
  'Disk write(ops/sec)',
  'Disk read(MBPS)',
  'Disk write(MBPS)',
  'Network adapters',
  'IP address',
  'MAC address',
  'Network in(MBPS)',
  'Network out(MBPS)',
  'Group name',
];

/** An Azure VM assessment exported to Excel. */
export function azureMigrateAssessment(): SpreadsheetFile {
  const machines: Record<string, string>[] = [
    {
      Machine: 'odoo-app-prd01',
      'Azure VM readiness': 'Ready',
      'Recommended size': 'Standard_D8as_v5',
      'Operating system': 'Ubuntu 22.04',
      Cores: '8',
      'Memory(MB)': '32768',
      'Storage(GB)': '80',
      'IP address': '10.20.2.21',
      'Group name': 'Odoo ERP',
    },
    {
      Machine: 'pg-odoo-prd01',
      'Azure VM readiness': 'Ready',
      'Recommended size': 'Standard_E8as_v5',
      'Operating system': 'Ubuntu 22.04',
      Cores: '8',
      'Memory(MB)': '65536',
      'Storage(GB)': '576',
      'IP address': '10.20.2.31',
      'Group name': 'Odoo ERP',
    },
    {
      Machine: 'payroll-app-uat01',
      'Azure VM readiness': 'Ready with conditions',
      'Azure readiness issues': 'Windows Server 2012 R2 is out of support',
      'Recommended size': 'Standard_D4as_v5',
      'Operating system': 'Windows Server 2012 R2',
      Cores: '4',
      'Memory(MB)': '8192',
      'Storage(GB)': '60',
      'IP address': '10.30.4.11',
      'Group name': 'Payroll',
    },
  ];
  return {
    sheets: [
      sheet(
        'Assessment_Summary',
        ['Property', 'Value'],
        [
          ['Assessment name', 'Clinic lift and shift'],
          ['Sizing criterion', 'Performance-based'],
          ['Comfort factor', '1.3'],
        ],
      ),
      sheet(
        'All_Assessed_Machines',
        ASSESSED,
        machines.map((m) => rowOf(ASSESSED, { 'Boot type': 'BIOS', 'Network adapters': '1', ...m })),
      ),
      sheet(
        'All_Assessed_Disks',
        ['Machine', 'Disk name', 'Azure disk readiness', 'Recommended disk size SKU', 'Disk size(GB)'],
        [
          ['odoo-app-prd01', 'scsi0:0', 'Ready', 'Premium SSD P10', '80'],
          ['pg-odoo-prd01', 'scsi0:0', 'Ready', 'Premium SSD P6', '64'],
          ['pg-odoo-prd01', 'scsi0:1', 'Ready', 'Premium SSD P20', '512'],
          ['payroll-app-uat01', 'scsi0:0', 'Ready', 'Standard SSD E6', '60'],
        ],
      ),
    ],
  };
}

const AGENTLESS = [
  'Timeslot',
  'Source server name',
  'Source IP',
  'Source application',
  'Source process',
  'Destination server name',
  'Destination IP',
  'Destination application',
  'Destination process',
  'Destination port',
];

/** Azure Migrate agentless dependency analysis, "Export dependencies". */
export function azureDependenciesAgentless(): SpreadsheetFile {
  const slot = '12/03/2024 00:00 - 12/03/2024 06:00';
  return {
    sheets: [
      sheet('AzureMigrate_Dependencies', AGENTLESS, [
        [slot, 'traefik-edge01', '10.10.0.5', 'Traefik', 'traefik', 'odoo-app-prd01', '10.20.2.21', 'Odoo', 'python3', '8069'],
        [slot, 'odoo-app-prd01', '10.20.2.21', 'Odoo', 'python3', 'pg-odoo-prd01', '10.20.2.31', 'PostgreSQL', 'postgres', '5432'],
        [slot, 'odoo-app-prd01', '10.20.2.21', 'Odoo', 'python3', 'redis-cache-prd01', '10.20.2.41', 'Redis', 'redis-server', '6379'],
        [slot, 'ehr-hl7-prd01', '10.20.1.11', 'Mirth Connect', 'java', '', '10.99.0.8', '', '', '2575'],
      ]),
    ],
  };
}

/** Service Map data (agent-based) queried from Log Analytics' VMConnection table and exported as CSV. */
export function azureDependenciesAgentBased(): SpreadsheetFile {
  return {
    sheets: [
      sheet(
        'query_data',
        ['TimeGenerated [UTC]', 'Computer', 'Direction', 'ProcessName', 'SourceIp', 'DestinationIp', 'DestinationPort', 'Protocol', 'LinksEstablished'],
        [
          ['12/3/2024, 1:00:00.000 AM', 'odoo-app-prd01', 'outbound', 'python3', '10.20.2.21', '10.20.2.31', '5432', 'tcp', '412'],
          ['12/3/2024, 1:00:00.000 AM', 'pg-odoo-prd01', 'inbound', 'postgres', '10.20.2.21', '10.20.2.31', '5432', 'tcp', '412'],
          ['12/3/2024, 1:00:00.000 AM', 'payroll-app-prd01', 'outbound', 'java', '10.20.4.11', '10.20.2.31', '5432', 'tcp', '37'],
        ],
      ),
    ],
  };
}

// ---------------------------------------------------------------- AWS

const ADS_IMPORT = [
  'ExternalId',
  'SMBiosId',
  'IPAddress',
  'MACAddress',
  'HostName',
  'VMware.MoRefId',
  'VMware.VCenterId',
  'CPU.NumberOfProcessors',
  'CPU.NumberOfCores',
  'CPU.NumberOfLogicalCores',
  'OS.Name',
  'OS.Version',
  'VMware.VMName',
  'RAM.TotalSizeInMB',
  'RAM.UsedSizeInMB.Avg',
  'RAM.UsedSizeInMB.Max',
  'CPU.UsagePct.Avg',
  'CPU.UsagePct.Max',
  'Applications',
  'ApplicationWave',
  'Tags',
];

/** The Migration Hub import template, filled in. */
export function awsDiscoveryImport(): SpreadsheetFile {
  return {
    sheets: [
      sheet('import_template', ADS_IMPORT, [
        rowOf(ADS_IMPORT, {
          ExternalId: 'CMDB-1001',
          IPAddress: '10.20.2.21',
          HostName: 'odoo-app-prd01',
          'VMware.MoRefId': 'vm-2002',
          'VMware.VCenterId': 'vc-01',
          'CPU.NumberOfProcessors': '2',
          'CPU.NumberOfCores': '4',
          'CPU.NumberOfLogicalCores': '8',
          'OS.Name': 'Ubuntu',
          'OS.Version': '22.04',
          'VMware.VMName': 'odoo-app-prd01',
          'RAM.TotalSizeInMB': '32768',
          'RAM.UsedSizeInMB.Avg': '20480',
          'RAM.UsedSizeInMB.Max': '28672',
          'CPU.UsagePct.Avg': '35',
          'CPU.UsagePct.Max': '80',
          Applications: 'Odoo ERP',
          ApplicationWave: 'Wave 2',
          Tags: 'env:prod, owner:finance',
        }),
        rowOf(ADS_IMPORT, {
          ExternalId: 'CMDB-1002',
          IPAddress: '10.20.2.31, 10.20.9.31',
          HostName: 'pg-odoo-prd01',
          'CPU.NumberOfProcessors': '2',
          'CPU.NumberOfCores': '4',
          'CPU.NumberOfLogicalCores': '8',
          'OS.Name': 'Ubuntu',
          'RAM.TotalSizeInMB': '65536',
          Applications: 'Odoo ERP',
          ApplicationWave: 'Wave 2',
        }),
        rowOf(ADS_IMPORT, {
          ExternalId: 'CMDB-1003',
          IPAddress: '10.30.4.11',
          'VMware.VMName': 'payroll-app-dev01',
          'CPU.NumberOfLogicalCores': '4',
          'OS.Name': 'Windows Server 2019',
          'RAM.TotalSizeInMB': '8192',
          Applications: 'Payroll',
        }),
      ]),
    ],
  };
}

const ADS_EXPORT = [
  'ServerId',
  'Server.ExternalId',
  'Server.HostName',
  'Server.VMware.VMname',
  'Recommendation.EC2.Remarks',
  'Server.OS.Name',
  'Server.OS.Version',
  'Server.CPU.NumberOfProcessors',
  'Server.CPU.NumberOfCores',
  'Server.CPU.NumberOfLogicalCores',
  'Server.RAM.TotalSizeInMB',
  'Recommendation.EC2.Instance.Model',
  'Applications',
  'Tags',
  'Server.CPU.UsagePct.Avg',
  'Server.RAM.UsedSizeInMB.Avg',
];

/** Migration Hub's EC2 instance recommendations export: the same fields, prefixed "Server.". */
export function awsServerExport(): SpreadsheetFile {
  return {
    sheets: [
      sheet('EC2InstanceRecommendations', ADS_EXPORT, [
        ['d-server-01a2b3c4d5e6f7', 'CMDB-1001', 'odoo-app-prd01', 'odoo-app-prd01', '', 'Ubuntu', '22.04', '2', '4', '8', '32768', 'm6i.2xlarge', 'Odoo ERP', '', '35', '20480'],
        ['d-server-02a2b3c4d5e6f7', 'CMDB-1004', 'ehr-hl7-prd01', '', '', 'Red Hat Enterprise Linux', '9.2', '2', '2', '4', '16384', 'm6i.xlarge', 'EHR', '', '22', '9000'],
      ]),
    ],
  };
}

/** A Discovery Agent export's outbound connections ({account}_sourceProcessConnection.csv). */
export function awsConnections(): SpreadsheetFile {
  return {
    sheets: [
      sheet(
        '123456789012_sourceProcessConnection',
        ['agentId', 'sourceIp', 'sourcePort', 'destinationIp', 'destinationPort', 'ipVersion', 'transportProtocol', 'agentAssignedProcessId', 'timestamp'],
        [
          ['o-1a2b3c4d5e6f7g8h9', '10.20.2.21', '48712', '10.20.2.31', '5432', 'IPv4', 'tcp', 'o-1a2b-proc-17', '2024-12-03 01:05:00'],
          ['o-1a2b3c4d5e6f7g8h9', '10.20.2.21', '51230', '10.20.2.41', '6379', 'IPv4', 'tcp', 'o-1a2b-proc-17', '2024-12-03 01:05:00'],
        ],
      ),
    ],
  };
}

const CMF = [
  'wave_name',
  'app_name',
  'aws_accountid',
  'aws_region',
  'server_name',
  'server_os_family',
  'server_os_version',
  'server_fqdn',
  'server_tier',
  'server_environment',
  'r_type',
  'subnet_IDs',
  'securitygroup_IDs',
  'instanceType',
  'tenancy',
];

/** A Cloud Migration Factory intake form. */
export function awsMigrationFactory(): SpreadsheetFile {
  return {
    sheets: [
      sheet('cmf-intake', CMF, [
        [
          'Wave 1',
          'Odoo ERP',
          '123456789012',
          'eu-west-2',
          'odoo-app-prd01',
          'linux',
          'Ubuntu 22.04',
          'odoo-app-prd01.clinic.local',
          'app',
          'prod',
          'Rehost',
          'subnet-0a1b',
          'sg-0a1b',
          'm6i.2xlarge',
          'Shared',
        ],
        [
          'Wave 1',
          'Odoo ERP',
          '123456789012',
          'eu-west-2',
          'pg-odoo-prd01',
          'linux',
          'Ubuntu 22.04',
          'pg-odoo-prd01.clinic.local',
          'db',
          'prod',
          'Replatform',
          'subnet-0a1b',
          'sg-0c2d',
          'r6i.2xlarge',
          'Shared',
        ],
        [
          'Wave 2',
          'Payroll',
          '123456789012',
          'eu-west-2',
          'payroll-app-tst01',
          'windows',
          'Microsoft Windows Server 2019 Datacenter',
          'payroll-app-tst01.clinic.local',
          'app',
          'test',
          'Rehost',
          'subnet-0e3f',
          'sg-0e3f',
          'm6i.large',
          'Shared',
        ],
      ]),
    ],
  };
}

// ---------------------------------------------------------------- ServiceNow

const SN_SERVERS = [
  'sys_id',
  'name',
  'sys_class_name',
  'ip_address',
  'os',
  'os_version',
  'cpu_count',
  'ram',
  'disk_space',
  'used_for',
  'owned_by',
  'support_group',
  'company',
  'location',
  'short_description',
  'operational_status',
];

/** A cmdb_ci_server list exported as CSV (field names as headers). */
export function serviceNowServers(): SpreadsheetFile {
  return {
    sheets: [
      sheet('cmdb_ci_server', SN_SERVERS, [
        [
          '8f1c0a2e1b2c3d4e5f60718293a4b5c6',
          'odoo-app-prd01',
          'cmdb_ci_linux_server',
          '10.20.2.21',
          'Linux Ubuntu',
          '22.04',
          '8',
          '32768',
          '80',
          'Production',
          'Grace Okafor',
          'ERP Support',
          "St Anne's Hospital",
          'Leeds DC',
          'Odoo ERP application server',
          '1',
        ],
        [
          '9a2d1b3f2c3d4e5f60718293a4b5c6d7',
          'pg-odoo-prd01',
          'cmdb_ci_linux_server',
          '10.20.2.31',
          'Linux Ubuntu',
          '22.04',
          '8',
          '65536',
          '576',
          'Production',
          'Grace Okafor',
          'DBA Team',
          "St Anne's Hospital",
          'Leeds DC',
          'PostgreSQL for Odoo',
          '1',
        ],
        [
          'ab3e2c4a3d4e5f60718293a4b5c6d7e8',
          'payroll-app-qa01',
          'cmdb_ci_win_server',
          '10.30.4.11',
          'Windows 2019 Datacenter',
          '1809',
          '4',
          '8192',
          '60',
          'QA',
          'Sam Patel',
          'Finance Apps',
          "St Anne's Hospital",
          'Leeds DC',
          'Payroll test server',
          '1',
        ],
      ]),
    ],
  };
}

/** A cmdb_rel_ci list exported as CSV (display values for parent and child). */
export function serviceNowRelationships(): SpreadsheetFile {
  return {
    sheets: [
      sheet(
        'cmdb_rel_ci',
        ['sys_id', 'parent', 'type', 'child', 'connection_strength'],
        [
          ['c1', 'odoo-app-prd01', 'Depends on::Used by', 'pg-odoo-prd01', 'Always'],
          ['c2', 'redis-cache-prd01', 'Used by::Depends on', 'odoo-app-prd01', 'Always'],
          ['c3', 'pg-odoo-prd01', 'Runs on::Runs', 'esx-prd-02', ''],
          ['c4', 'EHR Platform', 'Contains::Contained by', 'ehr-hl7-prd01', ''],
        ],
      ),
    ],
  };
}

/** One workbook exported from the list views: labels as headers, servers, relationships and databases. */
export function serviceNowWorkbook(): SpreadsheetFile {
  const labels = ['Name', 'Class', 'IP Address', 'Operating System', 'OS Version', 'CPU count', 'RAM (MB)', 'Disk space (GB)', 'Used for', 'Owned by', 'Support group', 'Description'];
  return {
    sheets: [
      sheet('Page 1', labels, [
        ['ehr-hl7-prd01', 'Linux Server', '10.20.1.11', 'Linux Red Hat', '9.2', '4', '16384', '104', 'Production', 'Dr. Amara Nwosu', 'Clinical Integration', 'EHR HL7 interface engine'],
        ['lab-results-dev01', 'Linux Server', '10.30.3.12', 'Linux Ubuntu', '22.04', '4', '8192', '40', 'Development', 'Lee Chen', 'Lab Systems', 'Lab results API'],
      ]),
      sheet('Relationships', ['Parent', 'Type', 'Child'], [['lab-results-dev01', 'Depends on::Used by', 'ehr-hl7-prd01']]),
      sheet('Databases', ['Name', 'Class', 'Version'], [['odoo_prod', 'PostgreSQL Instance', '15.4']]),
    ],
  };
}

// ---------------------------------------------------------------- Konveyor

const KONVEYOR = [
  'Record Type 1',
  'Application Name',
  'Description',
  'Comments',
  'Business Service',
  'Dependency',
  'Dependency Direction',
  'Binary Group',
  'Binary Artifact',
  'Binary Version',
  'Binary Packaging',
  'Repository Type',
  'Repository URL',
  'Repository Branch',
  'Repository Path',
  'Tag Type 1',
  'Tag 1',
  'Tag Type 2',
  'Tag 2',
];

/** A Konveyor application import CSV with numeric record types (1 application, 2 dependency). */
export function konveyor(recordTypes: 'numeric' | 'named' = 'numeric'): SpreadsheetFile {
  const [app, dep] = recordTypes === 'numeric' ? ['1', '2'] : ['application', 'dependency'];
  return {
    sheets: [
      sheet('konveyor-import', KONVEYOR, [
        rowOf(KONVEYOR, {
          'Record Type 1': app,
          'Application Name': 'Odoo ERP',
          Description: 'ERP for purchasing and stock',
          'Business Service': 'Hospital Operations',
          'Repository Type': 'git',
          'Repository URL': 'https://git.clinic.local/erp/odoo-addons.git',
          'Tag Type 1': 'Language',
          'Tag 1': 'Python',
          'Tag Type 2': 'Database',
          'Tag 2': 'PostgreSQL',
        }),
        rowOf(KONVEYOR, {
          'Record Type 1': app,
          'Application Name': 'Patient Portal',
          Description: 'Appointments and results for patients',
          'Business Service': 'Patient Services',
          'Tag Type 1': 'Runtime',
          'Tag 1': 'Node.js',
        }),
        rowOf(KONVEYOR, {
          'Record Type 1': app,
          'Application Name': 'EHR HL7 Gateway',
          Description: 'HL7 v2 feeds between the EHR and lab systems',
          'Business Service': 'Clinical Systems',
          'Tag Type 1': 'Language',
          'Tag 1': 'Java',
        }),
        rowOf(KONVEYOR, { 'Record Type 1': app, 'Application Name': 'Payroll-UAT', Description: 'Payroll acceptance copy', 'Business Service': 'Finance' }),
        rowOf(KONVEYOR, { 'Record Type 1': dep, 'Application Name': 'Patient Portal', Dependency: 'Odoo ERP', 'Dependency Direction': 'southbound' }),
        rowOf(KONVEYOR, { 'Record Type 1': dep, 'Application Name': 'Odoo ERP', Dependency: 'Payroll-UAT', 'Dependency Direction': 'northbound' }),
        rowOf(KONVEYOR, { 'Record Type 1': dep, 'Application Name': 'Patient Portal', Dependency: 'EHR HL7 Gateway', 'Dependency Direction': 'southbound' }),
      ]),
    ],
  };
}

// ---------------------------------------------------------------- Waveplan, and a client's own sheet

/** Waveplan's own workbook, as exported (Summary, Inventory, Dependencies). */
export function waveplanWorkbook(): SpreadsheetFile {
  const headers = INVENTORY_COLUMNS.map((c) => c.column.header);
  const row = (values: Record<string, string>) => rowOf(headers, values);
  return {
    sheets: [
      sheet('Summary', ['Estate', "St Anne's Hospital"], [['Workloads', '2']]),
      sheet('Inventory', headers, [
        row({ 'Waveplan id': 'w-odoo', Name: 'Odoo ERP (prod)', System: 'Odoo ERP', Environment: 'Production', Kind: 'Application', 'Memory (GB)': '32' }),
        row({ 'Waveplan id': 'w-pg', Name: 'PostgreSQL (prod)', System: 'Odoo ERP', Environment: 'Production', Kind: 'Database', 'Memory (GB)': '64' }),
      ]),
      sheet(
        'Dependencies',
        ['Waveplan id', 'Consumer', 'Provider', 'Kind', 'Coupling', 'Data classes', 'Protocol', 'Consumer wave', 'Provider wave', 'Notes'],
        [['d-1', 'Odoo ERP (prod)', 'PostgreSQL (prod)', 'Database', 'Tight', 'Financial', 'postgres/5432', '2', '2', '']],
      ),
    ],
  };
}

/** A client's own inventory sheet, which should match no known export. */
export function clientSheet(): SpreadsheetFile {
  return {
    sheets: [
      sheet(
        'Inventory',
        ['Server', 'Application', 'Environment', 'CPU', 'RAM (GB)', 'Disk (GB)', 'Owner', 'Depends on', 'Notes'],
        [
          ['ehr-hl7-01', 'EHR', 'Production', '4', '16', '100', 'Clinical IT', 'lab-db-01', 'HL7 feeds'],
          ['odoo-01', 'Odoo ERP', 'Production', '8', '32', '80', 'Finance IT', 'pg-01', ''],
        ],
      ),
      // Near misses: a VM list without RVTools' disk columns, a relation list without ServiceNow's types.
      sheet('VMs', ['VM', 'Powerstate', 'CPUs', 'Memory', 'Cluster'], [['odoo-01', 'poweredOn', '8', '32768', 'Main']]),
      sheet('Links', ['Parent', 'Type', 'Child'], [['Odoo ERP', 'database', 'PostgreSQL']]),
    ],
  };
}

export const IMPORT_FIXTURES = {
  'rvtools-4x.xlsx': rvtools4x,
  'RVTools_tabvInfo-3x.csv': rvtools3x,
  'azure-migrate-import.csv': azureMigrateImport,
  'azure-migrate-assessment.xlsx': azureMigrateAssessment,
  'azure-dependencies-agentless.csv': azureDependenciesAgentless,
  'azure-dependencies-agent-based.csv': azureDependenciesAgentBased,
  'aws-migration-hub-import.csv': awsDiscoveryImport,
  'aws-ec2-recommendations.csv': awsServerExport,
  'aws-sourceProcessConnection.csv': awsConnections,
  'aws-cmf-intake.csv': awsMigrationFactory,
  'servicenow-cmdb_ci_server.csv': serviceNowServers,
  'servicenow-cmdb_rel_ci.csv': serviceNowRelationships,
  'servicenow-cmdb.xlsx': serviceNowWorkbook,
  'konveyor-import.csv': () => konveyor('numeric'),
  'waveplan-workbook.xlsx': waveplanWorkbook,
  'client-inventory.xlsx': clientSheet,
} as const satisfies Record<string, () => SpreadsheetFile>;

// ---------------------------------------------------------------- bytes

const csvField = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** One sheet as CSV bytes (RFC 4180), with Excel's byte order mark unless told otherwise. */
export function csvBytes(rows: readonly (readonly string[])[], options: { bom?: boolean; delimiter?: string } = {}): Buffer {
  const text = rows.map((r) => r.map(csvField).join(options.delimiter ?? ',')).join('\r\n') + '\r\n';
  return Buffer.from(((options.bom ?? true) ? '\uFEFF' : '') + text, 'utf8');
}

/** The whole file as an .xlsx workbook, one worksheet per sheet, every cell text. */
export async function xlsxBytes(file: SpreadsheetFile): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  for (const s of file.sheets) {
    const ws = book.addWorksheet(s.name);
    for (const row of s.rows) ws.addRow(row);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** Writes every fixture into a folder (for trying them in the app by hand). */
export async function writeImportFixtures(dir: string): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const [name, build] of Object.entries(IMPORT_FIXTURES)) {
    const file = build();
    const bytes = name.endsWith('.csv') ? csvBytes(file.sheets[0]?.rows ?? []) : await xlsxBytes(file);
    writeFileSync(join(dir, name), bytes);
    written.push(name);
  }
  return written;
}

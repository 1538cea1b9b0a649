/** The registered `fanplan` sub-commands, in help order. */
import type { CliCommand } from '../command';
import { compareCommand } from './compare';
import { exportCommand } from './export';
import { generateCommand } from './generate';
import { meshCommand } from './mesh';
import { modelCommand } from './model';
import { planCommand } from './plan';
import { plcCommand } from './plc';
import { reportCommand } from './report';
import { starCommand } from './star';
import { statsCommand } from './stats';
import { validateCommand } from './validate';

export const COMMANDS: readonly CliCommand[] = [validateCommand, generateCommand, statsCommand, meshCommand, plcCommand, starCommand, planCommand, compareCommand, reportCommand, exportCommand, modelCommand];

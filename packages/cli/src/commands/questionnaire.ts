import type { Command } from 'commander';
import { addQuestionnaire, listQuestionnaireSummaries } from '@mend/server';
import { println, type CliIo } from '../io';
import { readJsonFile } from '../read-json-file';
import { withStorage, type GlobalOptions } from '../settings';

type AddOptions = GlobalOptions & { id?: string };

export function registerQuestionnaire(questionnaire: Command, io: CliIo): void {
  questionnaire
    .command('add')
    .description('Load a FHIR R4 Questionnaire (JSON) as a self-check for everyone on this Mend: choice items scored with ordinalValue, groups, and scales from Mend\'s scale extension (docs/self-checks.md)')
    .argument('<file>', 'a FHIR R4 Questionnaire resource, JSON')
    .option('--id <id>', 'the id people and the API will use (default: the resource\'s own id, lower-cased)')
    .action(async (file: string, _options: AddOptions, command: Command) => {
      const options = command.optsWithGlobals<AddOptions>();
      const resource = await readJsonFile(file, 'a FHIR Questionnaire');
      const added = await withStorage(io, options, (storage) => addQuestionnaire(storage, resource, io.now(), options.id));
      const { definition } = added;
      println(io.stdout, `Loaded "${definition.title}" as ${added.id} (${definition.url}${definition.version ? ` version ${definition.version}` : ''}):`);
      println(io.stdout, `  ${definition.questions.length} questions, ${definition.scales.length} scales, ${definition.composites.length} composites.`);
    });

  questionnaire
    .command('list')
    .description('The self-checks on this Mend: built-in and loaded')
    .action(async (_options: GlobalOptions, command: Command) => {
      const options = command.optsWithGlobals<GlobalOptions>();
      const all = await withStorage(io, options, (storage) => listQuestionnaireSummaries(storage));
      for (const entry of all) {
        println(io.stdout, `${entry.id}\t${entry.builtIn ? 'built-in' : 'loaded'}\t${entry.questionCount} questions\t${entry.title}`);
      }
    });
}

/**
 * Trains the cue model on PolNeAR train (scripts/training/cue-model-training.ts) and prints it as JSON.
 * usage: npm run --silent train-cues -- $POLNEAR_DIR/train > shared/extraction/cues/cue-model.json
 */
import { readGoldDir } from '#shared/evaluation/brat.ts';
import { trainCueModel } from './cue-model-training.ts';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: train-cue-model GOLD_DIR');
  process.exit(2);
}
const { json, trainedOn, heldOut, heldOutF1 } = trainCueModel(readGoldDir(dir));
console.error(`trained on ${trainedOn} candidate words, held out ${heldOut}: best threshold ${json.threshold}, word-level F1 ${heldOutF1.toFixed(3)}`);
console.log(JSON.stringify(json));

import { describe, expect, it } from 'vitest';
import { detectLanguage } from '#shared/documents/language.ts';

describe('the language of an article', () => {
  it('tells English from the languages of the saved pages, and says when it cannot tell', () => {
    expect(detectLanguage('The mayor said on Tuesday that the budget for the new bridge was final and that taxes would not rise this year, according to the city.')).toBe('en');
    expect(detectLanguage("Le maire a déclaré mardi que le budget du nouveau pont était définitif et que les impôts ne seraient pas augmentés cette année, selon la ville.")).toBe('fr');
    expect(detectLanguage('El alcalde dijo el martes que el presupuesto del nuevo puente era definitivo y que los impuestos no subirían este año, según la ciudad.')).toBe('es');
    expect(detectLanguage('Der Bürgermeister sagte am Dienstag, dass das Budget für die neue Brücke endgültig sei und die Steuern in diesem Jahr nicht steigen würden.')).toBe('de');
    expect(detectLanguage('市长周二表示，新桥的预算已经确定，今年不会增加税收。')).toBe('zh');
    expect(detectLanguage('Budget 2026')).toBe('und');
  });
});

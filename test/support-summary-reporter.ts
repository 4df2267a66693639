// A mocha reporter: the dot reporter, then one line "unit: N passed, N failed" (the suite's name
// from $CLIENT_LEDGER_SUITE, unit by default), and the counts written to $CLIENT_LEDGER_TEST_STATS
// when set (scripts/test-all.mjs adds them up).
import { writeFileSync } from 'node:fs';
import Mocha from 'mocha';

class SummaryReporter extends Mocha.reporters.Dot {
  constructor(runner: Mocha.Runner, options: Mocha.MochaOptions) {
    super(runner, options);
    runner.once(Mocha.Runner.constants.EVENT_RUN_END, () => {
      const { passes = 0, failures = 0 } = runner.stats ?? {};
      process.stdout.write(`${process.env.CLIENT_LEDGER_SUITE ?? 'unit'}: ${passes} passed, ${failures} failed\n`);
      const file = process.env.CLIENT_LEDGER_TEST_STATS;
      if (file) writeFileSync(file, JSON.stringify({ passes, failures }));
    });
  }
}

export = SummaryReporter;

package org.sayso.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayso.cli.SaysoCli;
import org.sayso.core.store.ProjectStore;
import org.sayso.model.Origin;

/** sayso suggest and sayso eval, on a project in a temporary folder. */
class SuggestAndEvalTest {

	private static final String STRIKE = "Dockworkers Walk Out\n\nROTTERDAM (Sayso Wire) March 7, 2024 - Dockworkers"
			+ " stopped work on Thursday, the union said.\n\n\"We are not asking for the moon,\" said Henk Vermeulen,"
			+ " the union's negotiator. He warned that crews could join on Monday.\n";

	@TempDir
	Path temp;

	private final CliRunner cli = new CliRunner();

	@Test
	void suggestWritesSuggestionsIntoTheAnnotatorsSetAndEvalScoresThem() throws Exception {
		var project = temp.resolve("p");
		var store = ProjectStore.create(project, "p");
		store.addDocument("strike", STRIKE);
		store.saveProject(false);

		assertEquals(SaysoCli.OK, cli.run("suggest", project.toString(), "--annotator", "ana"), cli.err());
		assertTrue(cli.err().contains("[1/1] strike: 3 speakers, 3 claims, 3 cues"), cli.err());
		assertTrue(cli.err().contains("DCT 2024-03-07 from the dateline"), cli.err());
		assertTrue(cli.out().contains("added to 1 of 1 documents for ana"), cli.out());

		var reopened = ProjectStore.open(project);
		var document = reopened.document("strike");
		assertEquals("2024-03-07", document.getDct(), "the DCT from the dateline is kept in the project");
		var set = reopened.openSet(document, "ana").set();
		assertTrue(set.getAnnotations().stream().allMatch(a -> a.getOrigin() == Origin.SUGGESTED));

		assertEquals(SaysoCli.OK, cli.run("suggest", project.toString(), "--annotator", "ana", "--documents", "strike"));
		assertTrue(cli.out().startsWith("0 suggestions added"), "nothing twice: " + cli.out());

		// the suggestions as gold: the suggester then agrees with them fully
		assertEquals(SaysoCli.OK, cli.run("eval", project.toString(), "--gold", "ana"), cli.err());
		assertTrue(cli.out().contains("attribution accuracy 1.000"), cli.out());
		assertEquals(SaysoCli.OK, cli.run("eval", project.toString(), "--gold", "ana", "--system", "ana", "--json"), cli.err());
		assertTrue(cli.out().contains("\"claim\":{\"gold\":3,\"system\":3,\"exact\":{\"p\":1.0000"), cli.out());
	}

	@Test
	void evalListsEveryErrorWithItsContext() throws Exception {
		var project = temp.resolve("p");
		var store = ProjectStore.create(project, "p");
		store.addDocument("strike", STRIKE);
		store.saveProject(false);
		assertEquals(SaysoCli.OK, cli.run("suggest", project.toString(), "--annotator", "ana"), cli.err());
		assertEquals(SaysoCli.OK, cli.run("suggest", project.toString(), "--annotator", "ben"), cli.err());
		// ben misses the first claim and dates the strike a day late
		var reopened = ProjectStore.open(project);
		var ben = reopened.openSet(reopened.document("strike"), "ben");
		var claims = ben.set().getAnnotations().stream().filter(org.sayso.model.Claim.class::isInstance).toList();
		ben.set().getAnnotations().remove(claims.get(0));
		ben.set().getAnnotations().stream().filter(org.sayso.model.DateMention.class::isInstance)
				.map(org.sayso.model.DateMention.class::cast).findFirst().orElseThrow().setValue("2024-03-08");
		reopened.save(ben, false);

		assertEquals(SaysoCli.OK, cli.run("eval", project.toString(), "--gold", "ana", "--system", "ben", "--errors"));

		assertTrue(cli.out().contains("2 errors (document:begin-end"), cli.out());
		assertTrue(cli.out().contains("strike:" + claims.get(0).getBegin() + "-" + claims.get(0).getEnd()
				+ ": missed claim: "), cli.out());
		assertTrue(cli.out().contains(": wrong value date (value 2024-03-08, gold 2024-03-07): "), cli.out());
		assertTrue(cli.out().contains("(Sayso Wire) [March 7, 2024] - Dockworkers"), cli.out());
		assertTrue(cli.out().contains("claim recall by the form of the gold content (overlap): quoted 1.000 (1) that"
				+ " n/a (0) other 0.500 (2)"), cli.out());
		assertEquals(SaysoCli.OK, cli.run("eval", project.toString(), "--gold", "ana", "--system", "ben", "--errors",
				"--json"));
		assertTrue(cli.out().contains("\"errors\":[{\"document\":\"strike\",\"kind\":\"wrong value\""), cli.out());
		assertTrue(cli.out().contains("{\"document\":\"strike\",\"kind\":\"missed\",\"type\":\"claim\",\"begin\":61"),
				cli.out());
	}

	@Test
	void aContinuationQuoteInsideOneGoldContentIsNotCountedAgainstPrecision() throws Exception {
		var text = "\"The pier is safe,\" she said. \"We checked it twice.\"";
		var project = temp.resolve("p");
		var store = ProjectStore.create(project, "p");
		var document = store.addDocument("pier", text);
		store.saveProject(false);
		var f = org.sayso.model.SaysoFactory.eINSTANCE;
		// gold: one content over both quotes, as a discontinuous PolNeAR content is imported
		var gold = store.openSet(document, "gold");
		var whole = f.createClaim();
		whole.setBegin(1);
		whole.setEnd(text.length() - 1);
		gold.set().getAnnotations().add(whole);
		store.save(gold, false);
		// system: the quote, and the quote that goes on after the cue
		var system = store.openSet(document, "ana");
		for (var quote : new String[] { "The pier is safe", "We checked it twice." }) {
			var claim = f.createClaim();
			claim.setBegin(text.indexOf(quote));
			claim.setEnd(text.indexOf(quote) + quote.length());
			system.set().getAnnotations().add(claim);
		}
		store.save(system, false);

		assertEquals(SaysoCli.OK, cli.run("eval", project.toString(), "--gold", "gold", "--system", "ana"));

		assertTrue(cli.out().contains("claim        1     2   0.000  0.000  0.000   1.000  1.000  1.000"), cli.out());
		assertTrue(cli.out().contains("claims inside a matched gold claim: 1 of 2, counted in P~ (one-to-one P~ 0.500)"),
				cli.out());
	}

	@Test
	void aLongDocumentShowsProgressAsItGoes() throws Exception {
		var project = temp.resolve("p");
		var store = ProjectStore.create(project, "p");
		var text = new StringBuilder();
		while (text.length() < 3_000_000) {
			text.append(STRIKE).append('\n');
		}
		store.addDocument("wire-dump", text.toString());
		store.saveProject(false);

		assertEquals(SaysoCli.OK, cli.run("suggest", project.toString(), "--annotator", "ana"), cli.err());
		// at 1-2 MB/s the 3 MB take more than the second between two progress lines
		assertTrue(cli.err().lines().anyMatch(l -> l.matches("suggest: \\d{1,2}% wire-dump")), cli.err());
		assertTrue(cli.err().contains("[1/1] wire-dump: "), cli.err());
	}

	@Test
	void wrongCommandLinesSayWhatIsWrong() throws Exception {
		var project = temp.resolve("p");
		ProjectStore.create(project, "p");
		assertEquals(SaysoCli.USAGE, cli.run("eval", project.toString()));
		assertTrue(cli.err().contains("missing --gold"), cli.err());
		assertEquals(SaysoCli.FAILED, cli.run("eval", project.toString(), "--gold", "nobody"));
		assertTrue(cli.err().contains("has no annotation sets"), cli.err());
		assertEquals(SaysoCli.FAILED, cli.run("suggest", project.toString(), "--documents", "missing"));
		assertTrue(cli.err().contains("no document 'missing'"), cli.err());
	}
}

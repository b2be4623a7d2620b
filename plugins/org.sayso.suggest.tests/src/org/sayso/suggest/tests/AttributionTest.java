package org.sayso.suggest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sayso.suggest.ArticleAnalysis;
import org.sayso.suggest.FoundClaim;

/** Each quote and attribution pattern: the claim's text, kind, speaker, the speaker's entity and the cue. */
class AttributionTest {

	private static List<String> claims(String text) {
		var a = ArticleAnalysis.of(text, LocalDate.of(2024, 3, 7), EnumSet.of(ArticleAnalysis.Part.ATTRIBUTION), null);
		return a.claims().stream().map(c -> describe(text, c)).toList();
	}

	private static String describe(String text, FoundClaim c) {
		return c.kind() + " [" + text.substring(c.begin(), c.end()) + "] <- "
				+ String.join(" + ", c.speakers().stream()
						.map(s -> text.substring(s.begin(), s.end()) + " (" + s.entityName() + ")").toList()) + " "
				+ (c.cue() == null ? "-" : text.substring(c.cue().begin(), c.cue().end()));
	}

	@Test
	void straightQuoteBeforeInvertedCue() {
		assertEquals(List.of("direct [We are ready] <- Maria Lopez (Maria Lopez) said"),
				claims("\"We are ready,\" said Maria Lopez, the health minister."));
	}

	@Test
	void curlyQuoteWithNestedSingleQuotes() {
		assertEquals(List.of("direct [A guard heard a man say \u2018not that one\u2019 before the alarm] <- Dubois (Dubois) said"),
				claims("\u201CA guard heard a man say \u2018not that one\u2019 before the alarm,\u201D Dubois said."));
	}

	@Test
	void quoteAfterColon() {
		assertEquals(List.of("direct [We will be back on Saturday.] <- Vermeulen (Vermeulen) added:"),
				claims("Vermeulen added: \"We will be back on Saturday.\""));
	}

	@Test
	void aColonEndingTheParagraphIntroducesTheNextParagraphsQuote() {
		assertEquals(List.of("direct [The pier is the island's lifeline, and the numbers show it.] <- Dahl (Dahl) continued"),
				claims("Dahl continued:\n\n\"The pier is the island's lifeline, and the numbers show it.\"\n\nThe vote is Monday."));
		assertEquals(List.of("direct [Nobody should pay more to reach the mainland.] <- Dahl (Dahl) comment"),
				claims("On Monday, Dahl made the following comment:\n\n\u201CNobody should pay more to reach the mainland.\u201D"));
		assertEquals(List.of(), claims("The harbour board met:\n\n\"Agenda\" items were read out one by one in the hall."));
	}

	@Test
	void quoteOverTwoParagraphsIsOneClaim() {
		var text = "\"We asked for cameras two years ago.\n\n\"The answer was always no,\" she said.";
		assertEquals(List.of("direct [We asked for cameras two years ago.\n\n\"The answer was always no] <- she (she) said"),
				claims(text));
	}

	@Test
	void quotesPrintedWithDoubledApostrophes() {
		assertEquals(List.of("direct [We will rebuild the pier] <- Mr. Okafor (Mr. Okafor) said"),
				claims("''We will rebuild the pier,'' Mr. Okafor said."));
		assertEquals(List.of("direct [It is our harbour too] <- She (She) added"),
				claims("She added, ``It is our harbour too.''".replace(".''", "''.")));
	}

	@Test
	void curlyMarksAsPrintedTheWrongWayRound() {
		// a right mark opening a quote at the start of a paragraph, as some sites print it
		assertEquals(List.of("direct [\u2026 the pier was never safe] <- Dahl (Dahl) wrote"),
				claims("The ferry stopped.\n\n\u201D\u2026 the pier was never safe,\u201D Dahl wrote."));
		// a left mark closing one
		assertEquals(List.of("direct [The pier was never safe. Nobody listened.] <- Dahl (Dahl) said:"),
				claims("Dahl said: \u201CThe pier was never safe. Nobody listened.\u201C\n\nThe ferry stopped."));
		// curly marks inside a straight quote quote within it
		assertEquals(List.of("direct [They asked me, \u201CIs the pier safe?\u201D and I said no.] <- Dahl (Dahl) said:"),
				claims("Dahl said: \"They asked me, \u201CIs the pier safe?\u201D and I said no.\""));
	}

	@Test
	void headlinesQuoteInSingleCurlyMarks() {
		assertEquals(List.of("direct [Nobody told us the ferry would stop] <- Islanders (Islanders) said:"),
				claims("Islanders said: \u2018Nobody told us the ferry would stop\u2019"));
	}

	@Test
	void aHeadlineAttributesByColon() {
		assertEquals(List.of("direct [Nobody Told Us About The Closure] <- Harbour Master Dahl (Harbour Master Dahl) :"),
				claims("Harbour Master Dahl: \u2018Nobody Told Us About The Closure\u2019\n\nThe ferry stopped."));
		assertEquals(List.of("indirect [Ferry Service Will Resume In May] <- Kari Dahl (Kari Dahl) :"),
				claims("Kari Dahl: Ferry Service Will Resume In May\n\nThe ferry stopped."));
		assertEquals(List.of(), claims("The Latest: Storm Closes Harbour Roads\n\nThe ferry stopped."));
		assertEquals(List.of(), claims("Harbour News: the ferry stopped on Monday after a storm hit the coast."));
		// a poll reports; a title in sentence case that a site ended with a full stop
		assertEquals(List.of("indirect [Most Islanders Back the Bridge] <- Poll (Poll) :"),
				claims("Poll: Most Islanders Back the Bridge\n\nThe ferry stopped."));
		assertEquals(List.of("indirect [Ferry service will resume in May] <- Dahl (Dahl) :"),
				claims("Dahl: Ferry service will resume in May.\n\nThe ferry stopped."));
		// not when the line holds two sentences, nor further down the article
		assertEquals(List.of(), claims("Dahl: Ferry service resumes. Fares rise.\n\nThe ferry stopped."));
		assertEquals(List.of(), claims("The ferry stopped.\n\nDahl: Ferry service will resume in May."));
	}

	@Test
	void aParticipleAfterTheCueContinuesTheSameSpeaker() {
		assertEquals(List.of("direct [The vote was fair] <- she (she) said",
				"indirect [the count had been checked twice] <- she (she) adding"),
				claims("\"The vote was fair,\" she said, adding that the count had been checked twice."));
		assertEquals(List.of("indirect [the pier was unsafe] <- The harbour board (The harbour board) noting"),
				claims("The harbour board closed the pier, noting that the pier was unsafe."));
	}

	@Test
	void aTimeAdverbialBetweenTheSpeakerAndTheCue() {
		assertEquals(List.of("indirect [the ferry would stop in May] <- Kari Dahl (Kari Dahl) said"),
				claims("Harbour master Kari Dahl on Tuesday said that the ferry would stop in May."));
		assertEquals(List.of("indirect [the bridge would reopen] <- Lopez (Lopez) said"),
				claims("Lopez last week said that the bridge would reopen."));
	}

	@Test
	void anAsideBetweenTheCueAndItsClause() {
		assertEquals(List.of("indirect [the ferry would stop] <- Dahl (Dahl) says"),
				claims("Dahl says at a meeting in Tromso, Norway, that the ferry would stop."));
		assertEquals(List.of("indirect [fares might rise] <- Several skippers (Several skippers) cautioned"),
				claims("Several skippers cautioned, as did the operator itself, that fares might rise."));
		assertEquals(List.of("indirect [the pier would reopen] <- Mr. Okafor (Mr. Okafor) announced"),
				claims("Mr. Okafor announced this month that the pier would reopen."));
	}

	@Test
	void aParticipleAfterAQuoteClosedByItsComma() {
		assertEquals(List.of("direct [The pier is safe] <- The operator (The operator) said:",
				"indirect [its inspectors had checked it twice] <- The operator (The operator) adding"),
				claims("The operator said: \u201CThe pier is safe,\u201D adding that its inspectors had checked it twice."));
	}

	@Test
	void statementVerbsTakeABareClauseOnlyWhenOneFollows() {
		assertEquals(List.of("indirect [she could speak to the skippers directly] <- Dahl (Dahl) also asserted"),
				claims("Dahl also asserted she could speak to the skippers directly."));
		assertEquals(List.of("indirect [several inspections had failed] <- The report (The report) noted"),
				claims("The report noted several inspections had failed."));
		// a plain object is what was noted, as annotators of published news count it
		assertEquals(List.of("indirect [the decline in ferry traffic] <- The mayor (The mayor) noted"),
				claims("The mayor noted the decline in ferry traffic."));
		// announcing takes an object of its own
		assertEquals(List.of("indirect [the plan to cut fares] <- The operator (The operator) announced"),
				claims("The operator announced the plan to cut fares."));
	}

	@Test
	void aCueTheTaggerReadAsANounBeforeThat() {
		assertEquals(List.of("indirect [the pier had been neglected for years] <- A 2019 study (A 2019 study) found"),
				claims("A 2019 study that appeared in the Harbour Review found that the pier had been neglected for years."));
		assertEquals(List.of("indirect [the closure will hurt the island] <- Several skippers (Several skippers) warning"),
				claims("Several skippers have embraced the idea of a new ferry, warning that the closure will hurt the island."));
	}

	@Test
	void aCueInsideWhatWasSaid() {
		assertEquals(List.of("indirect [The ferry, Dahl often says, is the island's lifeline] <- Dahl (Dahl) often says"),
				claims("The ferry, Dahl often says, is the island's lifeline."));
		assertEquals(List.of("indirect [In recent days, aides to the mayor say, the mayor has grown impatient] "
				+ "<- aides to the mayor (aides to the mayor) say"),
				claims("In recent days, aides to the mayor say, the mayor has grown impatient."));
		assertEquals(List.of("indirect [The pier is safe] <- Dahl (Dahl) said",
				"indirect [its inspectors had checked it] <- Dahl (Dahl) adding"),
				claims("The pier is safe, Dahl said, adding that its inspectors had checked it."));
	}

	@Test
	void sourcesCloseToSomeone() {
		assertEquals(List.of("indirect [the mayor would resign] <- Those close to her (Those close to her) say"),
				claims("Those close to her say the mayor would resign."));
		assertEquals(List.of("indirect [in addition to the pier, the harbour would close] "
				+ "<- People close to the talks (People close to the talks) say"),
				claims("People close to the talks say that, in addition to the pier, the harbour would close."));
	}

	@Test
	void anAdverbBetweenTheSpeakerAndTheCue() {
		assertEquals(List.of("indirect [she opposes the fare rise] <- Dahl (Dahl) now says"),
				claims("Dahl now says she opposes the fare rise."));
	}

	@Test
	void aLaterSpeakerEndsTheContentBeforeIt() {
		assertEquals(List.of("indirect [the ferry would stop] <- She (She) said",
				"direct [We have no choice.] <- the mayor (the mayor) replied"),
				claims("She said the ferry would stop, and when pressed on why, the mayor replied, \"We have no choice.\""));
		// the inner claim ends before the later speaker, who said all of it (see aLaterSpeakerReportsTheWholeSentence)
		assertEquals(List.of("indirect [Dahl said the logs do not show who steered] <- the inspectors (the inspectors) found",
				"indirect [the logs do not show who steered] <- Dahl (Dahl) said"),
				claims("Dahl said the logs do not show who steered, the inspectors found."));
	}

	@Test
	void aLaterSpeakerReportsTheWholeSentence() {
		assertEquals(List.of("indirect [The harbour master had told the crew that the pier was closed] <- a port official (a port official) added",
				"indirect [the pier was closed] <- The harbour master (The harbour master) had told"),
				claims("The harbour master had told the crew that the pier was closed, a port official added."));
		assertEquals(List.of("mixed [\"We are ready,\" she said] <- the paper (the paper) reported",
				"direct [We are ready] <- she (she) said"),
				claims("\"We are ready,\" she said, the paper reported."));
		// a claim that ends well before the comma stays alone: the later cue takes what follows it
		assertEquals(List.of("indirect [the pier was closed] <- The harbour master (The harbour master) said",
				"indirect [The crew went home early] <- officials (officials) said"),
				claims("The harbour master said the pier was closed. The crew went home early, officials said."));
	}

	@Test
	void aLongAppositionBetweenTheSpeakerAndTheCue() {
		assertEquals(List.of("indirect [the ferry would stop] <- Kari Dahl (Kari Dahl) said"),
				claims("Kari Dahl, an adviser to the harbour board on fares and timetables and a lecturer at the maritime "
						+ "college in Bergen, said that the ferry would stop."));
		assertEquals(List.of("indirect [the pier was safe] <- Anna Berg (Anna Berg) said"),
				claims("Anna Berg, who as a young skipper ran the night ferry for the island and later retired from the "
						+ "harbour board as its chair, said that the pier was safe."));
	}

	@Test
	void twoAppositionsOrAParenthesisBetweenTheQuoteAndTheCue() {
		assertEquals(List.of("direct [The pier is not theirs to close] <- Kari Dahl (Kari Dahl) said"),
				claims("\u201CThe pier is not theirs to close,\u201D Kari Dahl, the harbour master of Hamnvik, one of the "
						+ "towns suing the operator, said at a meeting."));
		assertEquals(List.of("direct [They would just close it] <- Jon Lie (Jon Lie) said",
				"direct [It is the strangest thing I have seen.] <- Jon Lie (Jon Lie) -"),
				claims("\u201CThey would just close it,\u201D Rep. Jon Lie (L-Hamnvik), a board member, said in an interview. "
						+ "\u201CIt is the strangest thing I have seen.\u201D"));
	}

	@Test
	void aParticipleAfterASubjectWithAParenthesis() {
		assertEquals(List.of("indirect [it was unsafe] <- Kari Dahl (Kari Dahl) saying"),
				claims("Kari Dahl (L-Hamnvik) closed the pier, saying it was unsafe."));
	}

	@Test
	void aParticipleAfterASentenceWhoseVerbIsHadOrWhoseSubjectHasALongApposition() {
		assertEquals(List.of("indirect [the pier was safe] <- Lopez (Lopez) noting"),
				claims("Lopez had the air of a winner, noting that the pier was safe."));
		assertEquals(List.of("indirect [the label] <- Kari Dahl (Kari Dahl) has rejected",
				"indirect [it costs money to run a ferry] <- Kari Dahl (Kari Dahl) noting"),
				claims("Kari Dahl, the board's lawyer, treasurer and secretary, has rejected the label, noting that it "
						+ "costs money to run a ferry."));
		assertEquals(List.of("indirect [the pier was safe] <- Dahl (Dahl) said"), claims("Dahl himself said that the pier was safe."));
	}

	@Test
	void namesTheTaggerReadsAsPronounsOrVerbsAndOtherSpeakersBeforeAComma() {
		// the tagger reads "Welch" as a pronoun and "Hicks" as a verb
		assertEquals(List.of("direct [I'll vote for the pier when we get to the meeting in July.] <- Welch (Welch) added"),
				claims("Welch added that \"I'll vote for the pier when we get to the meeting in July.\""));
		assertEquals(List.of("direct [many of the skippers are friends of his.] <- Hicks (Hicks) added"),
				claims("Hicks, his campaign spokeswoman, added that \"many of the skippers are friends of his.\""));
		assertEquals(List.of("direct [I'm getting ready to row across.] <- Gov. Kari Dahl (Gov. Kari Dahl) said"),
				claims("Gov. Kari Dahl (L-Hamnvik), said, \u201CI'm getting ready to row across.\u201D"));
		assertEquals(List.of("direct [The harbour welcomes you.] <- water bottles (water bottles) said"),
				claims("They passed out water bottles that said, \u201CThe harbour welcomes you.\u201D"));
	}

	@Test
	void aQuotationInTheObjectOfAnyVerbIsItsSubjectsWords() {
		assertEquals(List.of("direct [ferries, ferries, ferries] <- Dahl (Dahl) is offering"),
				claims("Dahl is offering lower fares and \u201Cferries, ferries, ferries,\u201D but the board has doubts."));
		assertEquals(List.of("direct [a floating ruin] <- Lopez (Lopez) hardly admires"),
				claims("Lopez hardly admires the old ferry as \"a floating ruin\" in her speeches."));
		// a document speaks; a thing does not; a title is no one's words; a cue of speech keeps its own rules
		assertEquals(List.of("direct [reckless conduct] <- The lawsuit (The lawsuit) quotes"),
				claims("The lawsuit quotes the \u201Creckless conduct\u201D of two skippers."));
		assertEquals(List.of(), claims("The summit produced a \u201Cshared roadmap\u201D for the islands."));
		// a commitment without "to" names what is promised
		assertEquals(List.of("direct [ferries, ferries, ferries] <- Lopez (Lopez) is promising"),
				claims("Lopez is promising cheaper fares and \u201Cferries, ferries, ferries,\u201D but the board has doubts."));
		assertEquals(List.of("indirect [to cut fares] <- Lopez (Lopez) promised"), claims("Lopez promised to cut fares."));
		// a cue of speech whose object holds the quotation
		assertEquals(List.of("direct [constant attack] <- Dahl (Dahl) is stressing"),
				claims("Dahl is stressing the need to guard the pier under \u201Cconstant attack\u201D from the sea."));
		assertEquals(List.of("direct [Safety First.] <- Lopez (Lopez) proclaimed"),
				claims("In her speech on Wednesday, Lopez proclaimed a goal of \"Safety First.\""));
		// a name the tagger reads as a verb before an adverb
		assertEquals(List.of("direct [strong leader] <- Trump (Trump) openly admires"),
				claims("Trump openly admires the harbour master as a \u201Cstrong leader,\u201D and says so."));
		assertEquals(List.of(), claims("The skippers watched a film titled \u201CThe Last Ferry\u201D on Sunday."));
		assertEquals(List.of("mixed [the board had made \"a fair offer\"] <- The minister (The minister) said"),
				claims("The minister said the board had made \"a fair offer\"."));
	}

	@Test
	void titlesWhoseFullStopIsATokenOfItsOwn() {
		assertEquals(List.of("indirect [Mrs. Dahl's work for the islanders] <- Warren (Warren) praised",
				"mixed [she had ''steady hands, and most of all, a good heart.''] <- Warren (Warren) saying"),
				claims("Mrs. Warren praised Mrs. Dahl's work for the islanders, saying she had ''steady hands, and most of "
						+ "all, a good heart.''"));
		assertEquals(List.of("direct [The skippers were very much engaged] <- Jon Lie (Jon Lie) said"),
				claims("\"The skippers were very much engaged,\" said Rep. Jon Lie (L-Hamnvik), a leading voice for the islands."));
	}

	@Test
	void aPronounAndItsCueAfterACommaStartAClaimOfTheirOwn() {
		// the first claim ends before ", but she denied"; "he" is Dahl, not the video
		assertEquals(List.of("mixed [it was \"a mistake\" to close the pier] <- Lopez (Lopez) said",
				"indirect [she ignored the inspectors] <- she (Lopez) denied"),
				claims("Lopez said it was \"a mistake\" to close the pier, but she denied that she ignored the inspectors."));
		// what a recording shows is its own claim inside Dahl's
		assertEquals(List.of("indirect [the video did not show the crash] <- Dahl (Dahl) said",
				"indirect [the crash] <- the video (the video) did not show",
				"indirect [the footage shows the ferry turning] <- he (Dahl) said",
				"indirect [the ferry turning] <- the footage (the footage) shows"),
				claims("Dahl said the video did not show the crash, but he said that the footage shows the ferry turning."));
	}

	@Test
	void aQuotedShowNamesTheListener() {
		assertEquals(List.of("indirect [nobody would question the ferry's safety] <- Dahl (Dahl) told"),
				claims("Before the vote, Dahl told Harbour Radio's \"Morning Tide\" that nobody would question the ferry's safety."));
	}

	@Test
	void aNameTheTaggerReadsAsAnAdverb() {
		// the tagger reads "Henry" as an adverb; "Later" and "However" are ones
		assertEquals(List.of("direct [Skippers are not supposed to confer with the crew.] <- Henry (Henry) tweeted"),
				claims("Henry got a reply. Henry tweeted, \u201CSkippers are not supposed to confer with the crew.\u201D"));
		assertEquals(List.of(), claims("Later said the ferry would stop."));
		assertEquals(List.of(), claims("However said the ferry would stop."));
	}

	@Test
	void makingTheCaseOrThePoint() {
		assertEquals(List.of("indirect [the ferry was still needed] <- They (They) tried to make the case"),
				claims("They tried to make the case that the ferry was still needed."));
		assertEquals(List.of("indirect [the pier is safe] <- Dahl (Dahl) also made the point"),
				claims("Dahl also made the point that the pier is safe."));
		assertEquals(List.of(), claims("In any case that is not the point."));
		assertEquals(List.of(), claims("The point that he made was clear."));
	}

	@Test
	void whatTheCueIsAboutBeforeTheQuote() {
		assertEquals(List.of("direct [I haven't seen it yet, but I'm going to.] <- who (Kari Dahl) joked"),
				claims("The guests included Kari Dahl, who joked of the new pier, ''I haven't seen it yet, but I'm going to.''"));
	}

	@Test
	void aHyphenIsNoDatelineAndGoingOnToSay() {
		assertEquals(List.of("direct [I'm not sure I really deserve it.] <- He (He) saying"),
				claims("He sounded a rare note of self-deprecation, saying, \"I'm not sure I really deserve it.\""));
		assertEquals(List.of("direct [She once rowed across in a storm.] <- He (He) went on to say"),
				claims("He went on to say, \u201CShe once rowed across in a storm.\u201D"));
	}

	@Test
	void theSpeakerSetOffByAs() {
		assertEquals(List.of("direct [Nobody rows to work any more.] <- Harbour Gazette (Harbour Gazette) put it"),
				claims("As The Harbour Gazette put it, \u201CNobody rows to work any more.\u201D"));
		assertEquals(List.of("indirect [the pier is closed] <- he (he) noted"), claims("As he noted, the pier is closed."));
		assertEquals(List.of("direct [a lawful source of income] <- a harbour board memo (a harbour board memo) put it"),
				claims("The rule asks for \"a lawful source of income,\" as a harbour board memo put it."));
		assertEquals(List.of("mixed [in the first week of a strike, \"what ferries would still run?\"] <- Mr. Dahl (Mr. Dahl) observed"),
				claims("Yet, as Mr. Dahl observed, in the first week of a strike, \"what ferries would still run?\""));
		// "as" of time or manner is no aside
		assertEquals(List.of(), claims("The ferry left as the captain said it would."));
	}

	@Test
	void aNameTheTaggerReadsAsAVerbBeforeANamingVerb() {
		// the tagger reads "Trump" as the verb before "attacked" and "likened"
		assertEquals(List.of("direct [the slow decay of the harbour.] <- Trump (Trump) attacked"),
				claims("In a speech, Trump attacked \u201Cthe slow decay of the harbour.\u201D"));
		assertEquals(List.of("direct [floating ruin] <- Trump (Trump) likened"),
				claims("At a rally, Trump likened the ferries to a \u201Cfloating ruin\u201D in a speech about the port."));
		// an initial in an apposed name
		assertEquals(List.of("direct [closing the sea] <- Kari H. Dahl (Kari H. Dahl) likened"),
				claims("Another skipper, Kari H. Dahl, likened the rules to \"closing the sea\" - a charge that stung."));
	}

	@Test
	void speakersWithAParticipleOrAYearAndDocumentsThatRead() {
		assertEquals(List.of("direct [Open the pier!] <- Skippers (Skippers) chanted"),
				claims("Skippers marching through the harbour chanted \"Open the pier!\" and kept going."));
		assertEquals(List.of("indirect [the pier should close] <- who (the harbour master) said"),
				claims("The board met Lie, now the harbour master, who in 2010 said the pier should close."));
		assertEquals(List.of("direct [We see the pier as our lifeline] <- the letter (the letter) reads"),
				claims("The skippers sent a letter to the board. \u201CWe see the pier as our lifeline,\u201D the letter reads."));
	}

	@Test
	void participlesAfterAnAdverbOrAPrepositionAndDocumentsWithTheirDate() {
		assertEquals(List.of("indirect [the new pier is safer] <- The skippers (The skippers) perhaps recognizing"),
				claims("The skippers were also pleased, perhaps recognizing that the new pier is safer."));
		assertEquals(List.of("indirect [the storm had damaged it] <- they (they) announcing"),
				claims("On May 3 they closed the pier by announcing that the storm had damaged it."));
		assertEquals(List.of("indirect [most islanders back the pier] <- The latest harbour poll (The latest harbour poll) shows"),
				claims("The latest harbour poll released Friday shows that most islanders back the pier."));
	}

	@Test
	void aRelativePronounIsTheSourceAndNamesItsAntecedent() {
		assertEquals(List.of("indirect [the ferry would stop] <- who (Anna Berg) said"),
				claims("The board heard from Anna Berg, who said the ferry would stop."));
		assertEquals(List.of("indirect [the pier was unsafe] <- which (the port authority) warned"),
				claims("The complaint went to the port authority, which warned that the pier was unsafe."));
	}

	@Test
	void invertedCuesAfterAQuoteAndBeforeIt() {
		assertEquals(List.of("direct [roughly the same lead the ferry has held all month] <- Reuters (Reuters) reported"),
				claims("This is \u201Croughly the same lead the ferry has held all month,\u201D reported Reuters."));
		assertEquals(List.of("direct [I don't see the harbour reopening this year.] <- Dahl (Dahl) Said"),
				claims("Said Dahl: \u201CI don't see the harbour reopening this year.\u201D"));
		assertEquals(List.of("direct [It is too late.] <- Dahl (Dahl) Said"),
				claims("The vote is close. Said Dahl: \u201CIt is too late.\u201D"));
	}

	@Test
	void cuesOfSeveralWords() {
		assertEquals(List.of("indirect [the pier had been closed twice] <- The harbour master (The harbour master) pointed out"),
				claims("The harbour master pointed out that the pier had been closed twice."));
		assertEquals(List.of("indirect [no fares would rise this year] <- The operator (The operator) made it clear"),
				claims("The operator made it clear that no fares would rise this year."));
	}

	@Test
	void aNounOfSayingWithItsPossessor() {
		assertEquals(List.of("indirect [the mayor's claim that the pier was unsafe] <- Islanders (Islanders) rejected",
				"indirect [the pier was unsafe] <- the mayor (the mayor) claim"),
				claims("Islanders rejected the mayor's claim that the pier was unsafe."));
		assertEquals(List.of("indirect [the ferry would stop] <- Kari Dahl (Kari Dahl) said",
				"indirect [fares would rise] <- her (Kari Dahl) warning"),
				claims("Kari Dahl said the ferry would stop. Islanders ignored her warning that fares would rise."));
		assertEquals(List.of(), claims("The claim that the pier was unsafe angered islanders."));
	}

	@Test
	void reportingVerbsBeyondSaid() {
		assertEquals(List.of("indirect [the council had lost the contract] <- Gazette (Gazette) reported"),
				claims("The Gazette reported on Monday that the council had lost the contract."));
		assertEquals(List.of("indirect [the bridge needs new cables] <- The study (The study) found"),
				claims("The study found that the bridge needs new cables."));
		assertEquals(List.of("indirect [the closures would hurt small shops] <- Traders (Traders) worried"),
				claims("Traders worried that the closures would hurt small shops."));
	}

	@Test
	void partialQuoteInsideReportedSpeechIsMixed() {
		assertEquals(List.of("mixed [the offer was \"fair and generous\"] <- The operator (The operator) said"),
				claims("The operator said the offer was \"fair and generous\"."));
	}

	@Test
	void reportedSpeechAfterEachKindOfCue() {
		assertEquals(List.of("indirect [the talks would resume] <- Lopez (Lopez) said"), claims("Lopez said the talks would resume."));
		assertEquals(List.of("indirect [the walkout would go on] <- Vermeulen (Vermeulen) told"),
				claims("Vermeulen told reporters the walkout would go on."));
		assertEquals(List.of("indirect [crews could join] <- Lopez (Lopez) warned"), claims("Lopez warned that crews could join."));
		assertEquals(List.of("indirect [nobody was consulted] <- He (He) stressed"), claims("He stressed that nobody was consulted."));
		assertEquals(List.of("indirect [the roster had been agreed] <- The company (The company) said"),
				claims("The company said in a statement that the roster had been agreed."));
	}

	@Test
	void theFullStopOfAnAbbreviationStaysInTheClaim() {
		assertEquals(List.of("indirect [the first round would start at 10 a.m.] <- Zupan (Zupan) said"),
				claims("Zupan said the first round would start at 10 a.m. The hall opened later."));
	}

	@Test
	void accordingToBeforeAndAfterTheContent() {
		assertEquals(List.of("indirect [shipping lines are diverting cargo] <- Wiersma (Wiersma) According to"),
				claims("According to Wiersma, shipping lines are diverting cargo."));
		assertEquals(List.of("indirect [The scheme will cost 45 million euros] <- the ministry (the ministry) according to"),
				claims("The scheme will cost 45 million euros, according to the ministry."));
	}

	@Test
	void contentBeforeTheCueAndTheDatelineLeftOut() {
		assertEquals(List.of("indirect [The vote will take place on June 20] <- Susan Hartley (Susan Hartley) said"),
				claims("LEEDS (Sayso Wire) June 12, 2024 - The vote will take place on June 20, council leader Susan Hartley said."));
	}

	@Test
	void rolesNamesAfterTitlesAndRelativeClauses() {
		assertEquals(List.of("indirect [14 vessels were waiting] <- Daan Wiersma (Daan Wiersma) said"),
				claims("Port authority spokesman Daan Wiersma said 14 vessels were waiting."));
		assertEquals(List.of("indirect [members had voted for a strike] <- A union official (A union official) said"),
				claims("A union official who asked not to be named said members had voted for a strike."));
		assertEquals(List.of("indirect [the town would go to court] <- Jorge Sousa (Jorge Sousa) said"),
				claims("The mayor of Amares, Jorge Sousa, said the town would go to court."));
	}

	@Test
	void mentionsOfOnePersonAreOneEntityAndPronounsFindTheirSpeaker() {
		var text = "Maria Lopez said the clinic would close. Henk Jansen said he disagreed with the plan.\n\n"
				+ "\"It is a sad day,\" she said. Lopez added that patients would be moved.";
		var claims = claims(text);
		assertEquals(4, claims.size(), claims.toString());
		assertTrue(claims.get(2).endsWith("<- she (Maria Lopez) said"), claims.get(2));
		assertTrue(claims.get(3).endsWith("<- Lopez (Maria Lopez) added"), claims.get(3));
	}

	@Test
	void coordinatedCuesShareTheSpeaker() {
		assertEquals(List.of("mixed [the walkout would last \"for as long as it takes\"] <- Vermeulen (Vermeulen) told",
				"indirect [crews could join on Monday] <- Vermeulen (Vermeulen) warned"),
				claims("Vermeulen told reporters the walkout would last \"for as long as it takes\" and warned that crews could join on Monday."));
	}

	@Test
	void aQuoteWithoutCueGoesToTheSpeakerBesideIt() {
		var claims = claims("\"We stopped at once,\" Nowak told reporters. \"Nobody wants a repeat of 2019.\"");
		assertEquals(List.of("direct [We stopped at once] <- Nowak (Nowak) told",
				"direct [Nobody wants a repeat of 2019.] <- Nowak (Nowak) -"), claims);
	}

	@Test
	void directivesTakeTheListenerAndWhatTheyAreToDo() {
		assertEquals(List.of("indirect [residents to stay indoors until the storm passes] <- The mayor (The mayor) urged"),
				claims("The mayor urged residents to stay indoors until the storm passes."));
		assertEquals(List.of("indirect [the government to reopen the talks next week] <- The union (The union) called on"),
				claims("The union called on the government to reopen the talks next week."));
		assertEquals(List.of("indirect [drivers against using the old bridge] <- The agency (The agency) cautioned"),
				claims("The agency cautioned drivers against using the old bridge."));
		assertEquals(List.of("indirect [him to resign before the vote] <- They (They) urged"),
				claims("They urged him to resign before the vote."));
		assertEquals(List.of("indirect [an independent inquiry into the shooting] <- Activists (Activists) called for"),
				claims("Activists called for an independent inquiry into the shooting."));
	}

	@Test
	void commitmentsTakeWhatWasPromised() {
		assertEquals(List.of("indirect [to cut fares by ten percent] <- Lopez (Lopez) pledged"),
				claims("Lopez pledged to cut fares by ten percent."));
		assertEquals(List.of("indirect [the offer was fair] <- The minister (The minister) said",
				"indirect [doctors to return to talks] <- The minister (The minister) urged"),
				claims("The minister said the offer was fair and urged doctors to return to talks."));
	}

	@Test
	void wordsOfDirectivesThatDirectNothing() {
		assertEquals(List.of(), claims("The village called Hope lies north of the river."));
		assertEquals(List.of(), claims("The nurses were asked to stay at home."));
		// asking about something is a question with its object, without the time
		assertEquals(List.of("indirect [the fares] <- Lopez (Lopez) asked"), claims("Lopez asked about the fares on Monday."));
		// a promise with no infinitive is a commitment to its object
		assertEquals(List.of("indirect [the voters a new bridge] <- They (They) promised"),
				claims("They promised the voters a new bridge."));
	}

	@Test
	void aPresentTenseCueTheTaggerReadsAsANoun() {
		assertEquals(List.of("indirect [this issue will be moot] <- Kamarck (Kamarck) argues"),
				claims("Kamarck argues that this issue will be moot."));
		assertEquals(List.of("indirect [the plan would cost 374 billion dollars] <- The Tax Foundation (The Tax Foundation) estimates"),
				claims("The Tax Foundation estimates that the plan would cost 374 billion dollars."));
		assertEquals(List.of(), claims("The estimates that the ministry published were wrong."));
		assertEquals(List.of("direct [All ferries run late.] <- The harbour (The harbour) notes"),
				claims("The harbour notes, \"All ferries run late.\""));
	}

	@Test
	void aParticipleAfterACommaReportsABareClause() {
		assertEquals(List.of("indirect [the mine would cut their migration routes] <- Herders (Herders) saying"),
				claims("Herders blocked the road on Tuesday, saying the mine would cut their migration routes."));
		assertEquals(List.of("indirect [the remark] <- He (He) defended", "direct [I do not regret a word.] <- He (He) saying"),
				claims("He then defended the remark, saying, \"I do not regret a word.\""));
		assertEquals(List.of("direct [The numbers are the same everywhere.] <- Caddell (Caddell) continued:"),
				claims("Caddell continued: \"The numbers are the same everywhere.\""));
	}

	@Test
	void speakersJoinedByAPreposition() {
		assertEquals(List.of("indirect [there was a problem with the microphone] <- The Commission on Presidential Debates (The Commission on Presidential Debates) says"),
				claims("The Commission on Presidential Debates says there was a problem with the microphone."));
		assertEquals(List.of("indirect [the hearing was unfair] <- A spokesman for the families (A spokesman for the families) said"),
				claims("A spokesman for the families said the hearing was unfair."));
		assertEquals(List.of("indirect [the town would go to court] <- The mayor of Amares (The mayor of Amares) said"),
				claims("The mayor of Amares said the town would go to court."));
		assertEquals(List.of("indirect [the cranes were old] <- Officials at the port (Officials at the port) said"),
				claims("Officials at the port said the cranes were old."));
		assertEquals(List.of("direct [The timetable is a disaster] <- Anna K. Berg II (Anna K. Berg II) tweeted"),
				claims("\"The timetable is a disaster,\" Anna K. Berg II, a writer for the Island Post, tweeted."));
	}

	@Test
	void speakersAfterAnInvertedCueWithWhatFollowsThem() {
		// a relative clause with no comma, an adjective with its preposition, a word with hyphens
		assertEquals(List.of("direct [The pier was never safe] <- Ola Dahl (Ola Dahl) said"),
				claims("\"The pier was never safe,\" said Ola Dahl who runs the ferry."));
		assertEquals(List.of("direct [The fares will rise] <- one long-serving skipper (one long-serving skipper) said"),
				claims("\"The fares will rise,\" said one long-serving skipper familiar with the route."));
		// a surname after a title, which the tagger reads as a verb
		assertEquals(List.of("direct [The pier is closed] <- Mr. Sperling (Mr. Sperling) said"),
				claims("\"The pier is closed,\" said Mr. Sperling, who chairs the board."));
	}

	@Test
	void aQuoteThatOpensTheSentenceIsWhatTheSpeakerAfterItSaid() {
		// words after the cue are no content of its own when a quote handed over to it with a comma
		assertEquals(List.of("direct [I never thought the pier would fall] <- she (she) said"),
				claims("\u201CI never thought the pier would fall,\u201D she said months after the storm, and the"
						+ " reason for that belief was the new harbour wall."));
		// a participle after the noun reports its own clause
		assertEquals(List.of("direct [We will get there together] <- she (she) said",
				"indirect [the board was suing the operator] <- she (she) announcing"),
				claims("\"We will get there together,\" she said at a news conference announcing that the board was"
						+ " suing the operator."));
		// a quoted title inside the sentence hands nothing over
		assertEquals(List.of("indirect [the ferry would run] <- Dahl (Dahl) said"),
				claims("On the show \"Island Life,\" Dahl said the ferry would run."));
	}

	@Test
	void aQuoteAClauseIntroducesWithACommaOrAColon() {
		assertEquals(List.of("direct [It is like a ferry with no captain.] <- Dahl (Dahl) quipped"),
				claims("A tired Dahl quipped, \u201CIt is like a ferry with no captain.\u201D"));
		assertEquals(List.of("direct [Can happen when the tide is out.] <- Berg (Berg) responded"),
				claims("Berg responded pointedly, with a smile: \u201CCan happen when the tide is out.\u201D"));
		assertEquals(List.of("direct [Last night, our harbour was hit by the worst storm in decades.] <- the operator (the operator) issued"),
				claims("After the storm, the operator issued a statement, \"Last night, our harbour was hit by the worst"
						+ " storm in decades.\""));
		// what someone wears or holds, and a thing, say nothing
		assertEquals(List.of(), claims("A skipper wore a cap reading, \"Save Our Ferry Now.\""));
		assertEquals(List.of(), claims("The crowd held banners, \"No more cuts to the ferry.\""));
		assertEquals(List.of(), claims("The storm brought the warning, \"Stay off the pier.\""));
		// a parenthesis after the name, and "as ... put it" with the particle of its verb
		assertEquals(List.of("direct [We will rent a covered wagon.] <- Gov. Ana Ruiz (Gov. Ana Ruiz) said"),
				claims("During the campaign, Gov. Ana Ruiz (R-OH), said, \u201CWe will rent a covered wagon.\u201D"));
		assertEquals(List.of("direct [Still, the operator has not released its figures.] <- Courier (Courier) pointed out"),
				claims("But as The Courier pointed out, \u201CStill, the operator has not released its figures.\u201D"));
	}

	@Test
	void transcriptLinesAndATitleEndedWithAFullStop() {
		var text = "Dahl: Ferry Will Not Stop in May, Board Was 'Misled'.\n\nGov. Ola Dahl spoke on the radio.\n\n"
				+ "Partial transcript as follows:\n\n\"BERG: Will the ferry stop in May?\n\n\"DAHL: No. It will run all"
				+ " summer, Ana.\n\n\"(CROSSTALK.)\n\n\"BERG: Thank you, governor.\"\n\nThe vote is on Monday.";
		assertEquals(List.of("indirect [Ferry Will Not Stop in May, Board Was 'Misled'] <- Dahl (Dahl) :",
				"direct [Will the ferry stop in May?] <- BERG (Berg) :",
				"direct [No. It will run all summer, Ana.] <- DAHL (Dahl) :",
				"direct [Thank you, governor.] <- BERG (Berg) :"), claims(text));
		// a line in capitals with nothing announcing a transcript, and no one of that name, is a label
		assertEquals(List.of(), claims("The ferry ran late.\n\nHARBOUR NEWS: The pier reopens on Monday."));
	}

	@Test
	void aRelativeClauseSetOffByCommasEndsWhatItsSpeakerSaid() {
		assertEquals(List.of("indirect [a second pier would be too costly] <- who (Ana Ruiz) understood",
				"indirect [the plan was off] <- Ana Ruiz (Ana Ruiz) told"),
				claims("Ana Ruiz, who understood that a second pier would be too costly, told the board the plan was"
						+ " off."));
		// without a main verb after the comma the clause goes on
		assertEquals(List.of("indirect [fares would rise, and soon] <- who (Ana Ruiz) warned"),
				claims("The board heard Ana Ruiz, who warned that fares would rise, and soon."));
	}

	@Test
	void aNounOfSayingWithItsSpeakerAfterIt() {
		assertEquals(List.of("indirect [the pier was unsafe] <- the harbour master (the harbour master) warnings"),
				claims("The board met despite repeated warnings from the harbour master that the pier was unsafe."));
		assertEquals(List.of("indirect [fares would fall] <- the operator (the operator) promise"),
				claims("Islanders remember a promise by the operator that fares would fall."));
	}

	@Test
	void aQuotationInAnObjectPastANameOrAProgressive() {
		// a name set off by commas inside the object, and "as," before the quotation
		assertEquals(List.of("direct [reckless and rude.] <- The council (The council) accused"),
				claims("The council accused the operator's chief, Ola Dahl, of being \"reckless and rude.\""));
		assertEquals(List.of("direct [a little slow, and always late.] <- He (He) characterized"),
				claims("He characterized the ferry as, \u201Ca little slow, and always late.\u201D"));
		// an infinitive: the subject of the verb it hangs on
		assertEquals(List.of("direct [asleep at the wheel.] <- The union (The union) to accuse"),
				claims("The union went on the radio on Monday to accuse the board of being \u201Casleep at the wheel.\u201D"));
		// the speaker before an auxiliary of the progressive
		assertEquals(List.of("direct [floating ruin] <- Dahl (Dahl) has been steadily attacking"),
				claims("Dahl, in particular, has been steadily attacking the pier as a \u201Cfloating ruin\u201D."));
	}

	@Test
	void aParentheticalCueWithAnAdverbialAfterIt() {
		assertEquals(List.of("indirect [The new fares, Dahl explained earlier at the hearing, were fair to islanders] <- Dahl (Dahl) explained"),
				claims("The new fares, Dahl explained earlier at the hearing, were fair to islanders."));
		// past the adverbial, a phrase without its own verb is the journalist's
		assertEquals(List.of("indirect [Ferry thefts rose by a third in 2024] <- police (police) said"),
				claims("Ferry thefts rose by a third in 2024, police said on Tuesday, with most taken at night."));
	}

	@Test
	void speakersTheTokenizerOrTheTaggerCutWrong() {
		// a surname with a hyphen the tokenizer cut, and "one of those" before the head
		assertEquals(List.of("indirect [The fares are too high] <- Ana Shanklin-Berg (Ana Shanklin-Berg) said"),
				claims("The fares are too high, Ana Shanklin-Berg said."));
		assertEquals(List.of("direct [The pier will not reopen] <- one of those skippers (one of those skippers) said"),
				claims("\"The pier will not reopen,\" said one of those skippers, who asked not to be named."));
		// two titles joined by "and" before the name
		assertEquals(List.of("direct [She is reprising that role] <- Ed Berg (Ed Berg) said"),
				claims("\u201CShe is reprising that role,\u201D said former Island Gov. and Harbour Board Chairman Ed Berg."));
		// a first name that is also a modal, and a plural noun the tagger reads as an auxiliary
		assertEquals(List.of("direct [It's a pretty expensive ferry] <- Berg (Berg) said"),
				claims("\"It's a pretty expensive ferry,\" said Will Berg, a skipper on the island route."));
		assertEquals(List.of("indirect [That kind of support has helped convert doubt into active help] <- donors (donors) said"),
				claims("That kind of support has helped convert doubt into active help, donors said."));
	}

	@Test
	void sharesOfPeopleAndThoseAPollAsked() {
		assertEquals(List.of("indirect [they had liked working on the ferry] <- Most of them (Most of them) said"),
				claims("Most of them said they had liked working on the ferry."));
		assertEquals(List.of("indirect [the fares were too high] <- Two in three (Two in three) said"),
				claims("Two in three said the fares were too high."));
		assertEquals(List.of("indirect [they want a bridge] <- Nearly half (Nearly half) said"),
				claims("Nearly half said they want a bridge."));
		assertEquals(List.of("indirect [they use the ferry every week] <- Some 40 percent of islanders polled (Some 40 percent of islanders polled) said"),
				claims("Some 40 percent of islanders polled said they use the ferry every week."));
		// an age before an apposition
		assertEquals(List.of("indirect [the ferry was late twice a week] <- Ana Ruiz (Ana Ruiz) said"),
				claims("Ana Ruiz, 34, a nurse on the island, said the ferry was late twice a week."));
	}

	@Test
	void accordingToADocumentOrAPollAfterWhatItSays() {
		assertEquals(List.of("indirect [Ferry use fell by a third] <- the figures (the figures) according to"),
				claims("Ferry use fell by a third, according to the figures."));
		assertEquals(List.of("indirect [Dahl leads the race 46 percent to 39 percent] <- a harbour poll (a harbour poll) according to"),
				claims("Dahl leads the race 46 percent to 39 percent according to a harbour poll released Monday."));
		assertEquals(List.of("indirect [Most voters backed the bridge] <- exit polls (exit polls) according to"),
				claims("Most voters backed the bridge, according to exit polls."));
	}

	@Test
	void aCueIsItsWholeVerbGroup() {
		// auxiliaries, negation and adverbs inside the group belong to the cue, as PARC and PolNeAR mark cues
		assertEquals(List.of("indirect [fares would rise] <- The operator (The operator) has repeatedly said"),
				claims("The operator has repeatedly said that fares would rise."));
		assertEquals(List.of("indirect [the pier was unsafe] <- Dahl (Dahl) had earlier warned"),
				claims("Dahl had earlier warned that the pier was unsafe."));
		assertEquals(List.of("indirect [the vote was rigged] <- He (He) \u2019s claiming"),
				claims("He\u2019s claiming that the vote was rigged."));
		// a verb that takes the cue as its infinitive
		assertEquals(List.of("indirect [the pier would reopen] <- The harbour office (The harbour office) refused to confirm"),
				claims("The harbour office refused to confirm that the pier would reopen."));
		// a colon right after the verb is the cue's; a word outside the group is not
		assertEquals(List.of("direct [The pier stays shut.] <- Dahl (Dahl) later added:"),
				claims("Dahl later added: \u201CThe pier stays shut.\u201D"));
		assertEquals(List.of("indirect [the pier would stay shut] <- Dahl (Dahl) said"),
				claims("When asked, Dahl said the pier would stay shut."));
		assertEquals(List.of("indirect [the pier would stay shut] <- Dahl (Dahl) said"),
				claims("Dahl, however, said the pier would stay shut."));
		// cues that are not verbs stay as found
		assertEquals(List.of("indirect [The pier is closed] <- the harbour office (the harbour office) according to"),
				claims("The pier is closed, according to the harbour office."));
	}

	@Test
	void cuesInTheProgressive() {
		assertEquals(List.of("indirect [the operator restore the evening ferry] <- The harbour board (The harbour board) is demanding"),
				claims("The harbour board is demanding that the operator restore the evening ferry."));
		assertEquals(List.of("indirect [the vote was fair] <- She (She) 's insisting"), claims("She's insisting that the vote was fair."));
	}

	@Test
	void whatStandsBetweenTheSpeakerAndTheCue() {
		assertEquals(List.of("indirect [the budget was too small] <- Ana Ruiz (Ana Ruiz) said"),
				claims("Councillor Ana Ruiz (Greens) said that the budget was too small."));
		assertEquals(List.of("indirect [the ferry had been full] <- The operator (The operator) wrongly claimed"),
				claims("The operator wrongly claimed that the ferry had been full."));
		assertEquals(List.of("indirect [the pier was safe] <- Lopez (Lopez) has long said"),
				claims("Lopez has long said that the pier was safe."));
		assertEquals(List.of("indirect [the operator had ignored the rules] <- which (the regulator) argued"),
				claims("The fine came from the regulator, which argued that the operator had ignored the rules."));
		assertEquals(List.of("indirect [Fares rose again] <- Henk Smit (Henk Smit) said",
				"indirect [more cuts would follow] <- who (Henk Smit) warned"),
				claims("Fares rose again, said Henk Smit, who warned that more cuts would follow."));
		assertEquals(List.of("indirect [the pier is safe] <- Bush (Bush) claims"), claims("Bush claims that the pier is safe."));
	}

	@Test
	void namingAndJudgingVerbsWithAQuotation() {
		assertEquals(List.of("direct [a disaster for islanders] <- Kari Dahl (Kari Dahl) described"),
				claims("Kari Dahl described the new timetable as \"a disaster for islanders\"."));
		assertEquals(List.of("mixed [unnecessary\" and \"harmful] <- The operator (The operator) called"),
				claims("The operator called the strike \"unnecessary\" and \"harmful\"."));
		assertEquals(List.of("direct [reckless gamble] <- Lopez (Lopez) condemned"),
				claims("Lopez condemned what she called a \"reckless gamble\" with public money."));
		assertEquals(List.of(), claims("The village called \"Hope\" lies north of the river."));
		// a verb of judging with a plain object: the object, without the time
		assertEquals(List.of("indirect [the strike] <- The operator (The operator) criticized"),
				claims("The operator criticized the strike on Monday."));
	}

	@Test
	void aParticipleFindsTheSubjectAfterAnOpeningAdverbial() {
		assertEquals(List.of("mixed [it \"ignores every nurse in the region\"] <- the union (the union) saying"),
				claims("Meanwhile, the union attacked the plan, saying it \"ignores every nurse in the region\"."));
	}

	@Test
	void aTitleOrAnInitialDoesNotEndTheSentence() {
		assertEquals(List.of("direct [It is a dog whistle to every voter] <- Gwen Moore (Gwen Moore) said"),
				claims("\"It is a dog whistle to every voter,\" Rep. Gwen Moore (D-Wis.) said Friday."));
		assertEquals(List.of("direct [It was the least bad outcome] <- Mr. Morgan of the Sierra Club (Mr. Morgan of the Sierra Club) said"),
				claims("\"It was the least bad outcome,\" Mr. Morgan of the Sierra Club said."));
		assertEquals(List.of("indirect [the pier would reopen in May] <- Anna K. Berg (Anna K. Berg) said"),
				claims("Harbour master Anna K. Berg said the pier would reopen in May."));
	}

	@Test
	void aReportedClauseEndsWhereAClauseOfItsOwnBegins() {
		assertEquals(List.of("indirect [the pier was safe] <- Lopez (Lopez) said",
				"indirect [the cranes were old] <- the dockers (the dockers) warned"),
				claims("Lopez said that the pier was safe, and the dockers warned that the cranes were old."));
		assertEquals(List.of("indirect [the fares were fair] <- He (He) claimed", "indirect [to publish them] <- he (He) refused"),
				claims("He claimed that the fares were fair, although he refused to publish them."));
		assertEquals(List.of("indirect [the budget was tight] <- She (She) told",
				"mixed [\"every euro counts\" in the port] <- She (She) saying"),
				claims("She told the council that the budget was tight, saying that \"every euro counts\" in the port."));
	}

	@Test
	void quotesSignedWithADash() {
		assertEquals(List.of("direct [The ferry is our lifeline and the timetable ignores us.] <- Maria Lopez (Maria Lopez) \u2015",
				"direct [Nobody asked the islanders what they need.] <- Henk Smit (Henk Smit) \u2015"),
				claims("Readers wrote to us.\n\n\u201cThe ferry is our lifeline and the timetable ignores us.\u201d \u2015 Maria Lopez"
						+ "  \u201cNobody asked the islanders what they need.\u201d \u2015 Henk Smit. Photo: Island Post."));
		assertEquals(List.of("direct [We are ready for the season] <- Lopez (Lopez) said"),
				claims("\u201cWe are ready for the season,\u201d \u2014 Lopez said on Monday."));
	}

	@Test
	void aQuoteItsParagraphNeverCloses() {
		assertEquals(List.of("direct [The timetable ignores every family on the island.] <- Maria Lopez (Maria Lopez) said"),
				claims("Maria Lopez, who runs the islanders' get-out-and-vote drive for the ferry users' union, said, "
						+ "\"The timetable ignores every family on the island.\n\nThe council meets on Monday."));
	}

	@Test
	void aSpeakersCueAfterADashEndsTheClauseBeforeIt() {
		assertEquals(List.of("indirect [the operator paid nothing \u2015 as was true for years] <- Lopez (Lopez) noted",
				"direct [That makes us efficient.] <- the operator (the operator) boasted"),
				claims("When Lopez noted that the operator paid nothing \u2015 as was true for years \u2015 the operator boasted, "
						+ "\u201cThat makes us efficient.\u201d"));
	}

	@Test
	void aParticipleFindsTheSubjectPastItsApposition() {
		assertEquals(List.of("direct [Notice the empty ferries every morning.] <- Dahl (Dahl) tweeting"),
				claims("Dahl, a former harbour master and council candidate, poked at the operator on Monday, tweeting, "
						+ "\u201cNotice the empty ferries every morning.\u201d"));
	}

	@Test
	void moreNounsOfSayingAndTheirSpeakers() {
		assertEquals(List.of("indirect [the operator's repeated assurance that the ferry would run] <- Islanders (Islanders) rejected",
				"indirect [the ferry would run] <- the operator (the operator) assurance"),
				claims("Islanders rejected the operator's repeated assurance that the ferry would run."));
		assertEquals(List.of("indirect [the operator had lost money] <- Harbour Gazette (Harbour Gazette) report"),
				claims("The union seized upon a Harbour Gazette report that the operator had lost money."));
	}

	@Test
	void listenersOfProgressiveCuesAndSubjectsOfParticiples() {
		assertEquals(List.of("indirect [the bridge may close] <- The mayor (The mayor) is warning"),
				claims("The mayor is warning residents that the bridge may close."));
		assertEquals(List.of("indirect [fares would rise] <- The operator (The operator) saying"),
				claims("The operator ended the meeting by saying that fares would rise."));
		assertEquals(List.of("indirect [the vote be delayed] <- The three councillors (The three councillors) suggested"),
				claims("The three councillors all suggested that the vote be delayed."));
	}

	@Test
	void raisedVoicesAndAQuoteThatIsAllOfTheContent() {
		assertEquals(List.of("direct [What curfew?] <- The crowd (The crowd) chanted"),
				claims("The crowd chanted \"What curfew?\" and kept marching."));
		assertEquals(List.of("direct [Where do we go from here?] <- She (She) asking"),
				claims("She sang to the crowd before asking them, \"Where do we go from here?\""));
		assertEquals(List.of("mixed [\"2,521 shooting incidents\" in the city] <- which (the police department) reported"),
				claims("The figure came from the police department which reported \"2,521 shooting incidents\" in the city."));
	}

	@Test
	void aNounOfWhatWasSaidBeforeAColonAndTheQuote() {
		assertEquals(List.of("direct [For young people the fare is twice as high.] <- Lopez (Lopez) comment"),
				claims("In 2023, Lopez made the following comment: \u201cFor young people the fare is twice as high.\u201d"));
	}

	@Test
	void theJournalistsOwnWordsAndScareQuotesAreNotClaims() {
		assertEquals(List.of(), claims("Rotterdam is Europe's largest port. The plan, dubbed \"Blue Harbour\", was approved in 2019."));
		assertEquals(List.of(), claims("Reporters were told that the building was closed."));
		assertEquals(List.of(), claims("Local fishermen have complained about cloudy water for two weeks."));
	}
	@Test
	void stancesAndBeliefsWithAThatClause() {
		assertEquals(List.of("indirect [the council released only part of the report] <- Residents (Residents) are frustrated"),
				claims("Residents are frustrated that the council released only part of the report."));
		assertEquals(List.of("indirect [the board had listened] <- The skippers (The skippers) came away convinced"),
				claims("The skippers came away convinced that the board had listened."));
		assertEquals(List.of("indirect [the bridge will open in May] <- She (She) remains confident"),
				claims("She remains confident that the bridge will open in May."));
		assertEquals(List.of("indirect [a new quota would empty the harbour] <- The council (The council) understood"),
				claims("The council understood that a new quota would empty the harbour."));
		// a stance with no "that" clause, and a "that" that is a pronoun, are not claims
		assertEquals(List.of(), claims("Residents are frustrated with the council."));
		assertEquals(List.of(), claims("The skippers were sure that was the last ferry."));
	}

	@Test
	void aNounOfSayingPutForwardByTheSubject() {
		assertEquals(List.of("indirect [the toll could hurt tourism] <- Critics (Critics) have long expressed grave concern"),
				claims("Critics have long expressed grave concern that the toll could hurt tourism."));
		assertEquals(List.of("indirect [the yard would close] <- The unions (The unions) raised fears"),
				claims("The unions raised fears that the yard would close."));
		// who dismisses a claim did not make it: the dismissal is theirs, the claim inside it no one's here
		assertEquals(List.of("indirect [claims that the ferry was unsafe] <- They (They) dismissed"),
				claims("They dismissed claims that the ferry was unsafe."));
	}

	@Test
	void aCueThatHangsOnAnotherVerbOrAnAdverb() {
		assertEquals(List.of("indirect [every crossing ran late] <- The engineers (The engineers) pointing out"),
				claims("The engineers could not resist pointing out that every crossing ran late."));
		assertEquals(List.of("indirect [the pier was unsafe] <- Dahl (Dahl) appeared to suggest"),
				claims("Dahl appeared to suggest that the pier was unsafe."));
		assertEquals(List.of("indirect [the fees are too high] <- The shipping firms (The shipping firms) complain"),
				claims("The shipping firms complain bitterly that the fees are too high."));
		assertEquals(List.of("indirect [the new quota will empty the harbour] <- Fishermen (Fishermen) worry"),
				claims("Fishermen worry that the new quota will empty the harbour."));
	}

	@Test
	void aParticipleAfterTheObjectReportsTheSubject() {
		assertEquals(List.of("indirect [the council had misled voters] <- The mayor (The mayor) saying"),
				claims("The mayor unleashed a series of posts early Friday saying that the council had misled voters."));
		assertEquals(List.of("indirect [the pier was closed] <- The harbour office (The harbour office) saying"),
				claims("The harbour office put up a notice saying that the pier was closed."));
	}

	@Test
	void aReportedClauseEndsWhereTheNextClauseBegins() {
		// a quote's comma, then another cue of a speaker: the first content stops before it
		assertEquals(List.of(
				"mixed [the survey did not give \"a definite answer,\"] <- The harbour master (The harbour master) said",
				"mixed [the divers' footage \"supports what we've heard\" about the wreck] <- he (The harbour master) said"),
				claims("The harbour master said that the survey did not give \"a definite answer,\" but he said that the "
						+ "divers' footage \"supports what we've heard\" about the wreck."));
		// a clause the sentence opens with "while" or "although" ends where the main clause begins
		assertEquals(List.of("indirect [the fares were a major reason] <- he (he) conceded",
				"indirect [several delays left the crews tired] <- Dahl (Dahl) also noted"),
				claims("While he conceded the fares were a major reason, Dahl also noted several delays left the crews tired."));
		assertEquals(List.of("indirect [that quota unlawful] <- a court (a court) found"),
				claims("Although a court found that quota unlawful, the ruling was overturned in May."));
	}

	@Test
	void questionsThatWhetherOrIfOpen() {
		assertEquals(List.of("indirect [whether the auditors will be fair to the port] <- The mayor (The mayor) has repeatedly wondered"),
				claims("The mayor has repeatedly wondered whether the auditors will be fair to the port."));
		assertEquals(List.of("indirect [if the ferry would run on Sunday] <- Skippers (Skippers) asked"),
				claims("Skippers asked the harbour office if the ferry would run on Sunday."));
		assertEquals(List.of("indirect [whether the deal required the firm to keep the yard open] <- Councillors (Councillors) also asked"),
				claims("Councillors also asked whether the deal required the firm to keep the yard open."));
		// "if" after a cue of saying is a condition, not a question
		assertEquals(List.of(), claims("Skippers will sail if the wind drops."));
		// questions that "which", "why" or "how" open, past the one asked
		assertEquals(List.of("indirect [which quality mattered most in a skipper] <- The survey (The survey) asked"),
				claims("The survey asked which quality mattered most in a skipper."));
		assertEquals(List.of("indirect [why the ferry had stopped running] <- Islanders (Islanders) asked"),
				claims("Islanders asked the mayor why the ferry had stopped running."));
		// calling for something, but not a plea for a bare noun ("witnesses", "calm")
		assertEquals(List.of("indirect [his dismissal] <- The union (The union) called for"),
				claims("The union called for his dismissal."));
		assertEquals(List.of(), claims("The police appealed for witnesses."));
	}

	@Test
	void speakersTheTaggerMisreadsOrThatStandApart() {
		// "according to" a phrase with words the tagger reads as verbs
		assertEquals(List.of("mixed [the plan reeks of \"panic\" and haste] <- Mark Dahl (Mark Dahl) According to"),
				claims("According to conservative talk radio host Mark Dahl, the plan reeks of \"panic\" and haste."));
		assertEquals(List.of("indirect [The skipper shouted at the crew for years] <- show insiders (show insiders) according to"),
				claims("The skipper shouted at the crew for years, according to show insiders."));
		// a group of people, and a subject set off before a participle's clause
		assertEquals(List.of("direct [We want the ferry back.] <- Small groups of islanders (Small groups of islanders) chanting"),
				claims("Small groups of islanders marched around the pier while chanting, \"We want the ferry back.\""));
		assertEquals(List.of("mixed [he did have his doubts about \"cheap tickets,\"] <- Pat Ryan (Pat Ryan) admitting"),
				claims("Pat Ryan, despite admitting that he did have his doubts about \"cheap tickets,\" still backs the plan."));
		// a relative pronoun after a dash, with a present tense the tagger reads as a noun
		assertEquals(List.of("mixed [58 firms would owe more, \"as much as the port's budget,\"] <- which (The audit) notes"),
				claims("The audit -- which notes that 58 firms would owe more, \"as much as the port's budget,\" -- should alarm the council."));
	}

	@Test
	void subjectsAfterAnOpeningPhraseOrBeforeACoordinatedStance() {
		assertEquals(List.of("indirect [the toll would raise costs for the islanders] <- all (all) agreed"),
				claims("To varying degrees, all agreed that the toll would raise costs for the islanders."));
		// "all" after a pronoun is not the subject
		assertEquals(List.of("indirect [the toll would raise costs] <- They (They) agreed"),
				claims("They all agreed that the toll would raise costs."));
		assertEquals(List.of("indirect [real repairs were underway] <- Dahl (Dahl) came away convinced"),
				claims("Dahl met with the engineers and came away convinced that real repairs were underway."));
		assertEquals(List.of("indirect [since she is not a candidate, she should keep her privacy] <- His ex-wife (His ex-wife) also contended"),
				claims("His ex-wife agreed, but also contended that since she is not a candidate, she should keep her privacy."));
		assertEquals(List.of("indirect [nobody would question the plan] <- Lopez (Lopez) told"),
				claims("Heading into the first vote in 10 days, Lopez told the harbour board that nobody would question the plan."));
	}

	@Test
	void whatWasFoundOutOrHeardAndWhatTheWriterSetsAgainstIt() {
		assertEquals(List.of("indirect [attempts to sell the permits were made by brokers] <- Federal auditors (Federal auditors) have also discovered"),
				claims("Federal auditors have also discovered that attempts to sell the permits were made by brokers."));
		assertEquals(List.of("indirect [20 ferries sail late each day] <- Islanders (Islanders) have heard"),
				claims("Islanders have heard that 20 ferries sail late each day."));
		// ", contradicting": the writer's comment ends what the footage showed
		assertEquals(List.of("indirect [the skipper had his hands on the wheel] <- Footage (Footage) shows"),
				claims("Footage shows that the skipper had his hands on the wheel, contradicting the coast guard's account."));
	}

	@Test
	void thatClausesInOtherShapes() {
		// "that" as the reported clause's own subject
		assertEquals(List.of("indirect [that is likely] <- Few engineers (Few engineers) believe"),
				claims("Few engineers believe that is likely."));
		// a noun, a copula, then what the possessor holds
		assertEquals(List.of("indirect [the new rules will be hard to undo] <- Mr. Dahl (Mr. Dahl) bet is"),
				claims("The vote is near. Mr. Dahl's bet is that the new rules will be hard to undo."));
		assertEquals(List.of(), claims("The mayor's bet is high."));
		// a noun of saying in an opening phrase: the clause ends where the main clause begins, past a quote's comma
		assertEquals(List.of("indirect [the fares would rise] <- Lopez (Lopez) said",
				"mixed [people would \"learn nothing,\"] <- his (Lopez) claim"),
				claims("Lopez said the fares would rise. Contrary to his claim that people would \"learn nothing,\" there would be "
						+ "a wealth of facts."));
		// a time between the verb and the infinitive, an aside between the cue and "that"
		assertEquals(List.of("indirect [this was a few bad skippers] <- The operator (The operator) to make the case"),
				claims("The operator tried on Tuesday to make the case that this was a few bad skippers."));
		assertEquals(List.of("indirect [he wants to publish the report] <- The mayor (The mayor) continues to insist"),
				claims("The mayor continues to insist, most recently in an interview with the local radio, that he wants "
						+ "to publish the report."));
		// a subject with an apposition before a participle's clause
		assertEquals(List.of("indirect [he had doubts about the fares] <- Pat Ryan (Pat Ryan) admitting"),
				claims("Harbour chief Pat Ryan, R-Ohio, despite admitting that he had doubts about the fares, still backs the plan."));
	}

	@Test
	void modalsAndContractionsBeforeACue() {
		assertEquals(List.of("indirect [my father began his training at sea at age 16] <- I (I) should say"),
				claims("I should say that my father began his training at sea at age 16."));
		assertEquals(List.of("indirect [the port is cutting the ferry budget] <- she (she) \u2019s so frustrated"),
				claims("That is why she\u2019s so frustrated that the port is cutting the ferry budget."));
		assertEquals(List.of("indirect [20 ferries sail late each day] <- Islanders (Islanders) have heard"),
				claims("Islanders have heard by now that 20 ferries sail late each day."));
		// what may happen is no one's claim: a condition before a modal, a directive or a quotation after one
		assertEquals(List.of(), claims("If the skippers failed, the port could deny them new permits."));
		assertEquals(List.of(), claims("The toll could also encourage drivers to take the long road."));
		assertEquals(List.of(), claims("The port should expand its fleet \"as fast as possible.\""));
	}

	@Test
	void anAsideBetweenDashesBeforeTheCue() {
		assertEquals(List.of("indirect [the fees were too high] <- The audit (The audit) shows"),
				claims("The audit\u2013published by the council on Monday\u2013shows that the fees were too high."));
		assertEquals(List.of("indirect [the fees were too high] <- The audit (The audit) found"),
				claims("The audit -- commissioned by the port -- found that the fees were too high."));
	}

	@Test
	void subjectsTheTaggerOrAnOpeningPhraseHides() {
		// an adverb between a noun and the cue
		assertEquals(List.of("indirect [the mayor may have meant a different pier] <- Fact-checkers (Fact-checkers) soon noted"),
				claims("Fact-checkers soon noted that the mayor may have meant a different pier."));
		// plural nouns the tagger reads as verbs
		assertEquals(List.of("indirect [the ferry carried more riders than ever] <- Exit polling (Exit polling) showed"),
				claims("Exit polling showed that the ferry carried more riders than ever."));
		assertEquals(List.of("indirect [a group of firms have spent $1.1 million on the bid] <- Port reports (Port reports) show"),
				claims("But Port reports show that a group of firms have spent $1.1 million on the bid."));
		// a singular noun and a cue in the present: the verb, not "his many claims"
		assertEquals(List.of("indirect [the council hid the report] <- the suit (the suit) claims"),
				claims("Along with other charges, the suit claims that the council hid the report."));
		// a subject with its prepositional phrase, after "But", or after an opening phrase with commas of its own
		assertEquals(List.of("indirect [to comment] <- A spokeswoman for the firm (A spokeswoman for the firm) also declined",
				"indirect [nobody involved works at the port today] <- A spokeswoman for the firm (A spokeswoman for the firm) saying"),
				claims("A spokeswoman for the firm also declined to comment, saying that nobody involved works at the port today."));
		assertEquals(List.of("indirect [a reporter worked with the mayor's staff] <- a review of the emails (a review of the emails) seems to show"),
				claims("But a review of the emails seems to show that a reporter worked with the mayor's staff."));
		assertEquals(List.of("indirect [Lopez] <- Senator Ed Dahl of Ohio (Senator Ed Dahl of Ohio) endorsed",
				"indirect [his rival would make an outstanding mayor] <- Senator Ed Dahl of Ohio (Senator Ed Dahl of Ohio) saying"),
				claims("At a rally in Portsmouth, N.H., on Tuesday, Senator Ed Dahl of Ohio endorsed Lopez, saying that his "
						+ "rival would make an outstanding mayor."));
		// an apposition, then the predicate with an adverb first
		assertEquals(List.of("indirect [he was already looking ahead to the vote] <- Mr. Dahl (Mr. Dahl) saying"),
				claims("Mr. Dahl, in an interview on Friday, barely dwelled on his rivals, saying that he was already "
						+ "looking ahead to the vote."));
	}

	@Test
	void aClauseInTheSubjectEndsAtTheMainVerb() {
		assertEquals(List.of("indirect [judges should not weigh the report's value for readers] <- Dahl (Dahl) conclusion"),
				claims("Dahl's conclusion that judges should not weigh the report's value for readers is not shared on the bench."));
		assertEquals(List.of("indirect [the toll will drive the islanders away] <- Island leaders (Island leaders) warning"),
				claims("Island leaders who have been the strongest opponents of the bridge have embraced the ferry plan, "
						+ "warning that the toll will drive the islanders away."));
		// another clause opens before a verb can be told apart: left alone
		assertEquals(List.of(), claims("Dahl's emphasis that only 1 percent of the crews had been involved with what "
				+ "critics called fraud led the council to act."));
	}

	@Test
	void timesAndReportersAroundTheContent() {
		assertEquals(List.of("indirect [he will not support the toll] <- Dahl (Dahl) announced"),
				claims("Dahl announced earlier this month that he will not support the toll."));
		// "according to" at the end is who reported it, and ends the content of the cue before it
		assertEquals(List.of(
				"indirect [The port announced last week that it hired a former skipper, who has been outspoken] <- Gazette (Gazette) according to",
				"indirect [it hired a former skipper, who has been outspoken] <- The port (The port) announced"),
				claims("The port announced last week that it hired a former skipper, who has been outspoken, according to the Gazette."));
		// a quote's comma before a participle cue
		assertEquals(List.of("mixed [the toll stands for \"island values,\"] <- Lopez (Lopez) said",
				"mixed [they are \"too expensive.\"] <- Lopez (Lopez) stating"),
				claims("Lopez said last week that the toll stands for \"island values,\" stating during the debate that "
						+ "they are \"too expensive.\""));
		// a singular noun before a cue, a subject with "to"
		assertEquals(List.of("indirect [Lopez would beat Dahl 46 to 40 percent] <- A Harbour University poll (A Harbour University poll) found"),
				claims("A Harbour University poll found last week that Lopez would beat Dahl 46 to 40 percent."));
		assertEquals(List.of("indirect [he has placed second in the last two votes] <- Advisers to Mr. Dahl (Advisers to Mr. Dahl) to point out"),
				claims("Advisers to Mr. Dahl are quick to point out that he has placed second in the last two votes."));
	}

	@Test
	void theObjectOfAVerbOfJudgingOrAnnouncing() {
		assertEquals(List.of("indirect [the ruling on the new toll] <- Lopez (Lopez) criticized"),
				claims("Lopez criticized the ruling on the new toll."));
		assertEquals(List.of("indirect [plans to widen the harbour mouth] <- The port authority (The port authority) announced"),
				claims("The port authority announced plans to widen the harbour mouth."));
		assertEquals(List.of("indirect [Ferries would rise by a fifth] <- the operator (the operator) said",
				"indirect [higher fuel costs] <- the operator (the operator) blaming"),
				claims("Ferries would rise by a fifth, the operator said, blaming higher fuel costs."));
		// not a headline's verb, not a thing that cannot speak, not a quote or a pronoun object
		assertEquals(List.of(), claims("Rail Workers Announce Two-Day Strike"));
		assertEquals(List.of(), claims("The storm denied the islanders their ferry."));
		assertEquals(List.of(), claims("Lopez defended it."));
		// explaining and describing, pointing and referring to something
		assertEquals(List.of("indirect [the new timetable] <- Dahl (Dahl) explained"), claims("Dahl explained the new timetable."));
		assertEquals(List.of("indirect [why the ferry had stopped running] <- The operator (The operator) explained"),
				claims("The operator explained why the ferry had stopped running."));
		assertEquals(List.of("indirect [the figures for May] <- Lopez (Lopez) pointed to"),
				claims("Lopez pointed to the figures for May."));
		assertEquals(List.of(), claims("The sign pointed to the harbour."));
	}

	@Test
	void shortAnswersAndNestedQuotesAsNewspapersPrintThem() {
		assertEquals(List.of("indirect [he would] <- Jeff Dahl (Jeff Dahl) said"), claims("Jeff Dahl said he would."));
		assertEquals(List.of("indirect [yes] <- 75 percent of islanders (75 percent of islanders) said"),
				claims("Asked about the bridge, 75 percent of islanders said yes."));
		// three apostrophes: a single quote closes, then the doubled one
		assertEquals(List.of("direct [I would call it 'old-school,'] <- Gregory W. Dahl (Gregory W. Dahl) said"),
				claims("''I would call it 'old-school,''' said Gregory W. Dahl, a former adviser."));
	}

	@Test
	void accordingToAfterAQuoteOrAFewWords() {
		// who reported it takes the quotation in an object, not the verb before it
		assertEquals(List.of("direct [recent apparent engine failure] <- a coast guard readout (a coast guard readout) according to"),
				claims("The ministers discussed the \"recent apparent engine failure,\" according to a coast guard readout."));
		// a short content ends before it and is left to it
		assertEquals(List.of("indirect [The skipper sat through the meeting and said little] <- an attendee (an attendee) according to"),
				claims("The skipper sat through the meeting and said little, according to an attendee."));
		// adjectives joined by "but", a time after the source
		assertEquals(List.of("indirect [He was leading in Oban] <- complete but unofficial returns (complete but unofficial returns) according to"),
				claims("He was leading in Oban, according to complete but unofficial returns."));
		assertEquals(List.of("indirect [Most islanders oppose the toll] <- a Harbour Gazette-Radio Oban poll (a Harbour Gazette-Radio Oban poll) according to"),
				claims("Most islanders oppose the toll, according to a Harbour Gazette-Radio Oban poll last week."));
	}

	@Test
	void whatPollsAndRecordingsShowOrFind() {
		assertEquals(List.of("indirect [the mayor with a lead in the low single digits] <- averages (averages) show"),
				claims("Polling averages show the mayor with a lead in the low single digits."));
		assertEquals(List.of("indirect [a close contest in the harbour towns] <- Polls (Polls) show"),
				claims("Polls show a close contest in the harbour towns."));
		assertEquals(List.of("indirect [Lopez was the winner of Monday's debate] <- Instant polls (Instant polls) showed"),
				claims("Instant polls showed Lopez was the winner of Monday's debate."));
		// a person who shows or finds something reports nothing
		assertEquals(List.of(), claims("He showed the reporters his new office."));
		assertEquals(List.of(), claims("The police found the car on Monday."));
	}

	@Test
	void wishesAndCuesTheTaggerMisreads() {
		assertEquals(List.of("indirect [Mr. Dahl is breathing new life into a dying port] <- environmentalists (environmentalists) worry"),
				claims("But environmentalists worry that Mr. Dahl is breathing new life into a dying port."));
		assertEquals(List.of("indirect [her husband was unarmed] <- Kari Dahl (Kari Dahl) yelling"),
				claims("Kari Dahl can be heard yelling to the officers that her husband was unarmed."));
		assertEquals(List.of("indirect [the candidates would reckon with the ferry's debts] <- we (we) might wish"),
				claims("In this season of hope, we might wish that the candidates would reckon with the ferry's debts."));
	}

	@Test
	void aPronounAndItsCueAfterButAndAnAdverbial() {
		assertEquals(List.of("mixed [the mayor's figure for the ferry is \"true,\"] <- Gazette (Gazette) ruled",
				"indirect [every delay did not cost a sailing] <- Gazette (Gazette) pointing out"),
				claims("The Gazette ruled that the mayor's figure for the ferry is \"true,\" but in the course of their "
						+ "report they could not resist pointing out that every delay did not cost a sailing."));
	}

	@Test
	void aNounOfSayingAfterAVerbsPrepositionOrAnOpeningNoun() {
		assertEquals(List.of("indirect [the board is trying to second-guess the auditors] <- Islanders (Islanders) arguments"),
				claims("Islanders also persisted in arguments that the board is trying to second-guess the auditors."));
		assertEquals(List.of("indirect [Lopez was the winner of the debate] <- media (media) pronouncements"),
				claims("Despite media pronouncements that Lopez was the winner of the debate, she did not gain in the polls."));
		// a passive is no one's speech
		assertEquals(List.of(), claims("The port was flooded with claims that the ferry had sunk."));
	}

	@Test
	void aRefusalReportsWhatWasNotSaidOrDone() {
		assertEquals(List.of("indirect [to comment] <- A spokeswoman for the ferry operator (A spokeswoman for the ferry operator) declined"),
				claims("A spokeswoman for the ferry operator declined to comment."));
		assertEquals(List.of("indirect [to say whether the pier would reopen] <- The mayor (The mayor) has refused"),
				claims("The mayor has refused to say whether the pier would reopen."));
		assertEquals(List.of("indirect [to give a figure] <- Lopez (Lopez) declined"),
				claims("Asked about the fares, Lopez declined to give a figure."));
		// not a number falling, not a plain object, not a participle after a preposition, whose subject is another's
		assertEquals(List.of(), claims("Ferry traffic declined to 281,000 crossings in 2023."));
		assertEquals(List.of(), claims("Attendance declined to record levels last year."));
		assertEquals(List.of(), claims("Dahl declined that assignment and has since left the council."));
		assertEquals(List.of(), claims("The council censured Dahl for refusing to attend a hearing."));
	}

	@Test
	void aQuoteThatAnotherSpeakerSignsIsNotAVerbsObject() {
		// the quote in the object of "pay" is Chipok's, whose cue follows it
		assertEquals(List.of("direct [because they expect a reliable service] <- Mr. Chipok (Mr. Chipok) said"),
				claims("Islanders may be willing to pay more if necessary \"because they expect a reliable service,\" Mr. Chipok said."));
		assertEquals(List.of("direct [jobs, jobs, jobs] <- Dahl (Dahl) is promising"),
				claims("Dahl is promising lower fares and \"jobs, jobs, jobs\" at every stop."));
	}

	@Test
	void whatSomeoneCallsSomethingIsAClaim() {
		assertEquals(List.of("indirect [the charges unsubstantiated] <- The ferry company (The ferry company) called"),
				claims("The ferry company called the charges unsubstantiated."));
		assertEquals(List.of("indirect [it a routine repair during a busy season] <- Lopez (Lopez) called"),
				claims("Lopez called it a routine repair during a busy season."));
		assertEquals(List.of("indirect [the harbour master a liar, coward and fraud] <- Dahl (Dahl) has called"),
				claims("Dahl has called the harbour master a liar, coward and fraud."));
		assertEquals(List.of("indirect [her vote in favour of the toll a mistake] <- Lopez (Lopez) called"),
				claims("At the meeting, Lopez called her vote in favour of the toll a mistake."));
		assertEquals(List.of("indirect [the council's quarrel with the port unusual] <- he (he) called"),
				claims("Still, he called the council's quarrel with the port unusual."));
		// an object ends at a dash set apart with spaces
		assertEquals(List.of("indirect [them empty promises] <- Critics (Critics) would call"),
				claims("Critics would call them empty promises - the council has kept few of them."));
		// naming a thing, calling someone somewhere, a call at a time: no claim
		assertEquals(List.of(), claims("The story came from a website called Island News Today, which posts rumours."));
		assertEquals(List.of(), claims("At the launch, the captain called the crew to the deck."));
		assertEquals(List.of(), claims("The skipper called the coastguard."));
		assertEquals(List.of(), claims("Lopez called me last night."));
		assertEquals(List.of(), claims("Dahl called it quits in 2010."));
	}

	@Test
	void aSpeakerBeforeARelativeClauseAndItsObject() {
		assertEquals(List.of("indirect [the ferry had turned too early] <- A skipper (A skipper) said"),
				claims("A skipper who saw the crash said the ferry had turned too early."));
		// a list of objects goes on past its commas, up to "and"; "along with" is no list
		assertEquals(List.of("indirect [the timetable, the fares and the new pier] <- Lopez (Lopez) criticized"),
				claims("Lopez criticized the timetable, the fares and the new pier."));
		assertEquals(List.of("indirect [Dahl for re-election] <- He (He) would endorse"),
				claims("He would endorse Dahl for re-election, along with Lopez and Smit."));
	}

	@Test
	void partiesPeopleAndACoordinatedCueAfterADash() {
		assertEquals(List.of("indirect [they have a new weapon] <- Democrats in the council (Democrats in the council) say"),
				claims("Democrats in the council say they have a new weapon."));
		// a dash in a clause is not a dateline's: the subject before it says
		assertEquals(List.of("indirect [it cannot repay the loans] <- The port authority (The port authority) says"),
				claims("The port authority manages the debt that the island amassed - and says it cannot repay the loans."));
		assertEquals(List.of("indirect [the talks had failed] <- Officials (Officials) saying"),
				claims("HAVANA - Officials met on Monday, saying the talks had failed."));
	}

	@Test
	void aPossessiveTheTaggerMisreads() {
		// "harbour master’s" read as punctuation, "claim" after a possessor read as a verb
		assertEquals(List.of("indirect [The fares, the harbour master’s allies say, will rise again in May] <- the harbour master’s allies (the harbour master’s allies) say"),
				claims("The fares, the harbour master’s allies say, will rise again in May."));
		assertEquals(List.of("indirect [the pier was safe] <- The council (The council) claim"),
				claims("The council’s earlier claim that the pier was safe was wrong."));
		// "Let's say" supposes; "let" is no speaker
		assertEquals(List.of(), claims("Let's say you expect the new pier to cost $160,000."));
	}

	@Test
	void whatPollsShowWhereTheTaggerReadsThemAsVerbs() {
		// "polls/VERB show/NOUN" as the tagger reads them
		assertEquals(List.of("indirect [Dahl within two points of Lopez] <- Several polls (Several polls) show"),
				claims("Several polls show Dahl within two points of Lopez."));
		assertEquals(List.of("indirect [the fares are a second-tier issue for islanders] <- the annual poll (the annual poll) finds"),
				claims("But the annual poll finds the fares are a second-tier issue for islanders."));
		// a document, a time and its verb; a document and whose it is
		assertEquals(List.of("indirect [Dahl about even with Lopez on the islands] <- A Harbour Institute poll (A Harbour Institute poll) found"),
				claims("A Harbour Institute poll this month found Dahl about even with Lopez on the islands."));
		assertEquals(List.of("indirect [40% of islanders are unsure about the bridge] <- a new poll from Island University (a new poll from Island University) found"),
				claims("Yet a new poll from Island University found 40% of islanders are unsure about the bridge."));
		assertEquals(List.of("indirect [both Dahl and Lopez beating Smit] <- The poll (The poll) shows"),
				claims("The poll shows both Dahl and Lopez beating Smit."));
		// an object ends at a colon
		assertEquals(List.of("indirect [the plan] <- Dahl (Dahl) defended"),
				claims("Dahl defended the plan: a toll for every car on the bridge."));
		// a newspaper that reports is no document's name
		assertEquals(List.of("direct [The pier will close in May.] <- Island Times (Island Times) reports:"),
				claims("The Island Times reports: \"The pier will close in May.\""));
	}

	@Test
	void accordingToAfterAClauseAndItsSourcesApposition() {
		// the words after the comma describe the source; what was said is the clause before
		assertEquals(List.of("indirect [The three owners meant to reopen the pier as a market] <- a lawsuit (a lawsuit) according to"),
				claims("The three owners meant to reopen the pier as a market, according to a lawsuit filed in May by Kari Dahl, a former mayor."));
		assertEquals(List.of("indirect [Fares rose by a third over the past year] <- the Harbour Institute (the Harbour Institute) according to"),
				claims("Fares rose by a third over the past year, according to the Harbour Institute, a research group."));
		// an aside between the subject and its verb: the whole sentence
		assertEquals(List.of("indirect [The toll, according to the council, will rise again in May] <- the council (the council) according to"),
				claims("The toll, according to the council, will rise again in May."));
		// an opening "according to": what follows its comma
		assertEquals(List.of("indirect [most islanders oppose the toll] <- a poll (a poll) according to"),
				claims("But according to a poll published on Sunday, most islanders oppose the toll."));
	}

	@Test
	void anOpeningPhraseIsNotWhatTheCueAfterItReports() {
		// a cue after a comma reports the clause before it, not an opening phrase of its own sentence
		assertEquals(List.of("indirect [disparaging remarks Dahl had made about the crew] <- Lopez (Lopez) mentioned"),
				claims("At Monday's council meeting, Lopez mentioned disparaging remarks Dahl had made about the crew."));
		assertEquals(List.of("indirect [the bridge] <- he (he) barely mentioned"),
				claims("Campaigning on the islands in 2012, he barely mentioned the bridge."));
		assertEquals(List.of(), claims("But when the council cut the funding two years later, the port said enough."));
		assertEquals(List.of("indirect [In 2010, the ferry sank] <- Lopez (Lopez) said"), claims("In 2010, the ferry sank, Lopez said."));
		assertEquals(List.of("indirect [About 1,200 books were damaged and 300 could not be saved] <- Lotte Claes (Lotte Claes) said"),
				claims("About 1,200 books were damaged and 300 could not be saved, head librarian Lotte Claes said."));
		// an opening clause and the main clause after the cue were said together
		assertEquals(List.of("indirect [Though the handover went smoothly, he said, replacing her would be bitter] <- he (he) said"),
				claims("Though the handover went smoothly, he said, replacing her would be bitter."));
	}

	@Test
	void cuesOfSpeechWithAPlainObject() {
		assertEquals(List.of("indirect [their uphill battle] <- Ivanka Dahl (Ivanka Dahl) acknowledged"),
				claims("In an essay last week, Ivanka Dahl acknowledged their uphill battle."));
		assertEquals(List.of("indirect [several problems with the new timetable] <- Lopez (Lopez) also noted"),
				claims("Lopez also noted several problems with the new timetable."));
		// still a "that" clause where there is one, and a note that says is a document
		assertEquals(List.of("indirect [the pier was closed] <- Lopez (Lopez) noted"), claims("Lopez noted that the pier was closed."));
		assertEquals(List.of("indirect [the pier was closed] <- The note (The note) said"), claims("The note said the pier was closed."));
	}

	@Test
	void theWritersTurnIsNoOnesClaim() {
		assertEquals(List.of(), claims("That said, a loss to Dahl on the islands would hurt her."));
		assertEquals(List.of(), claims("Having said that, the fares are still the lowest in the region."));
		// "said that," with a clause after the comma is still a cue
		assertEquals(List.of("indirect [in addition to Smit, he would invite the crew] <- Lopez (Lopez) said"),
				claims("Lopez said that, in addition to Smit, he would invite the crew."));
	}

	@Test
	void aQuoteHandedOverToASpeakerAndAnyVerb() {
		assertEquals(List.of("direct [Go back to the mainland] <- Dahl (Dahl) barked"),
				claims("\u201cGo back to the mainland,\u201d Dahl barked and a guard showed the skipper out."));
		assertEquals(List.of("direct [They act like they have never seen a ferry before] <- Kari Lopez (Kari Lopez) scoffed"),
				claims("\"They act like they have never seen a ferry before,\" scoffed Kari Lopez, 22."));
		// no comma handing the words over, or a verb that is no one's saying: no claim
		assertEquals(List.of(), claims("\u201cGo back to the mainland\u201d Dahl painted on the wall."));
		assertEquals(List.of(), claims("The sign read \u201cNo ferries today,\u201d and the harbour closed."));
	}

	@Test
	void anOpeningInAndAPollReportWhatThePollFound() {
		assertEquals(List.of("indirect [Dahl achieved 45 percent support among islanders] <- a new Harbour Institute poll released Thursday (a new Harbour Institute poll released Thursday) In"),
				claims("In a new Harbour Institute poll released Thursday, Dahl achieved 45 percent support among islanders."));
		// a cue of its own reports the clause; a clause before the comma is no poll's name
		assertEquals(List.of("indirect [they would vote for Dahl] <- 40 percent (40 percent) said"),
				claims("In the poll, 40 percent said they would vote for Dahl."));
		assertEquals(List.of(), claims("In the poll he commissioned, Lopez led."));
		assertEquals(List.of(), claims("In the harbour, the ferries waited for the tide."));
	}

	@Test
	void tellingAListenerABareClause() {
		assertEquals(List.of("indirect [the ferry would leave at noon] <- The skipper (The skipper) telling"),
				claims("The skipper called the crew together, telling them the ferry would leave at noon."));
		assertEquals(List.of("indirect [he had nothing to do with the strike] <- Dahl (Dahl) telling"),
				claims("Dahl spoke briefly, telling the Island Times he had nothing to do with the strike."));
		// no clause after the listener: no claim
		assertEquals(List.of(), claims("She left the harbour early, telling jokes all the way."));
	}

	@Test
	void aParticipleThatNamesOrJudgesEndsTheClauseBefore() {
		assertEquals(List.of("indirect [he would publish the figures on Friday] <- Dahl (Dahl) says",
				"direct [very boring figures] <- Dahl (Dahl) calling"),
				claims("Dahl says he would publish the figures on Friday, calling them \"very boring figures\"."));
	}

	@Test
	void butAndAClauseWithASubjectOfItsOwnEndsWhatWasSaid() {
		assertEquals(List.of("indirect [the toll should be part of a wider reform] <- Islanders (Islanders) have argued"),
				claims("Islanders have argued that the toll should be part of a wider reform, but the council has pushed for a vote."));
		// a pronoun after "but" may be the speaker going on: the clause stays whole
		assertEquals(List.of("indirect [the pier was old, but it would stand] <- Lopez (Lopez) said"),
				claims("Lopez said that the pier was old, but it would stand."));
	}

	@Test
	void aHeadlineInTitleCaseWithItsCue() {
		assertEquals(List.of("indirect [He Will Not Raise Ferry Fares This Year] <- Lopez (Lopez) Says"),
				claims("Mayor Lopez Says He Will Not Raise Ferry Fares This Year"));
		// not a cue that is part of a title, nor a headline of two words
		assertEquals(List.of(), claims("The Harbour Master Says Goodbye"));
		assertEquals(List.of(), claims("Lopez Says"));
	}

	@Test
	void aJointStatementHasBothSpeakers() {
		assertEquals(List.of("direct [We will not pay] <- Lopez (Lopez) + Dahl (Dahl) said"),
				claims("\"We will not pay,\" said Lopez and Dahl."));
		assertEquals(List.of("direct [We will not pay] <- Maria Lopez (Maria Lopez) + Tom Dahl (Tom Dahl) said"),
				claims("\"We will not pay,\" said Maria Lopez and Tom Dahl, who run the yard."));
		assertEquals(List.of("direct [We will not pay] <- Lopez (Lopez) + Dahl (Dahl) said"),
				claims("\"We will not pay,\" Lopez and Dahl said."));
		assertEquals(List.of("indirect [the yard would close] <- the mayor (the mayor) + her deputy (her deputy) said"),
				claims("Both the mayor and her deputy said the yard would close."));
		assertEquals(List.of("indirect [the talks had failed] <- Norway (Norway) + Chile (Chile) said"),
				claims("On Monday, Norway and Chile said the talks had failed."));
		assertEquals(List.of("indirect [the talks had failed] <- Lopez (Lopez) + Dahl (Dahl) said"),
				claims("LISBON (Sayso Wire) \u2014 Lopez and Dahl said the talks had failed."));
		// "and" after a clause joins two clauses, not two speakers
		assertEquals(List.of("indirect [the yard would close] <- Dahl (Dahl) said"),
				claims("Lopez met the mayor and Dahl said the yard would close."));
		assertEquals(List.of("direct [We will not pay] <- Lopez (Lopez) said"),
				claims("\"We will not pay,\" said Lopez and laughed."));
	}

	@Test
	void oneSpeakerWrittenWithAnAnd() {
		// one group, one name, one person's titles, one item of a list: no joint statement
		assertEquals(List.of("indirect [the talks had failed] <- Current and former officials (Current and former officials) said"),
				claims("Current and former officials said the talks had failed."));
		assertEquals(List.of("indirect [the talks had failed] <- Harbour Works Committee (Harbour Works Committee) said"),
				claims("The Harbour Safety and Harbour Works Committee said the talks had failed."));
		assertEquals(List.of("indirect [the talks had failed] <- Tom Dahl (Tom Dahl) said"),
				claims("Former Minister of Fisheries and harbour board chairman Tom Dahl said the talks had failed."));
		assertEquals(List.of("indirect [more ferries dock at night] <- Welfare (Welfare) noted"),
				claims("A study by the Institute of Fisheries, Transport and Welfare noted that more ferries dock at night."));
	}

	@Test
	void toldWithAListenerAndTo() {
		// "told X to" is a directive, with the one told, as "urged X to"
		assertEquals(List.of("indirect [the crews to look for the missing ledgers] <- Dahl (Dahl) told"),
				claims("Dahl told the crews to look for the missing ledgers."));
		assertEquals(List.of("indirect [his staff not to answer the phone] <- He (He) told"),
				claims("He told his staff not to answer the phone."));
		assertEquals(List.of("indirect [residents to leave before noon] <- The mayor (The mayor) asked"),
				claims("The mayor asked residents to leave before noon."));
		// "her" owning the listener, and "her" as the listener
		assertEquals(List.of("indirect [the ledgers were missing] <- Dahl (Dahl) told"),
				claims("Dahl told her crews that the ledgers were missing."));
		assertEquals(List.of("indirect [the crews would stay] <- Dahl (Dahl) told"),
				claims("Dahl told her the crews would stay."));
		// not after a preposition: whose request it is, is not said
		assertEquals(List.of(), claims("The council can act by asking the courts to fine the owner."));
	}

	@Test
	void toldAShowByItsName() {
		assertEquals(List.of("indirect [the bill was dead] <- The senator (The senator) told"),
				claims("The senator told NBC's Meet the Press on Sunday that the bill was dead."));
		assertEquals(List.of("indirect [the bill was dead] <- The senator (The senator) told"),
				claims("The senator told CBS's Face the Nation that the bill was dead."));
		assertEquals(List.of("indirect [the pier was safe] <- Dahl (Dahl) told"),
				claims("Dahl told reporters on Monday that the pier was safe."));
	}

	@Test
	void namesTheTaggerDoesNotKnow() {
		// first names read as a conjunction or an adverb, a surname as a preposition
		assertEquals(List.of("direct [The ferry is late again] <- Whit Dahl (Whit Dahl) said"),
				claims("\"The ferry is late again,\" said Whit Dahl, who runs the kiosk."));
		assertEquals(List.of("indirect [the pier was unsafe] <- Newt Okafor (Newt Okafor) noted"),
				claims("Former harbour master Newt Okafor noted that the pier was unsafe."));
		// a word of that class, capitalized, stays what it is
		assertEquals(List.of("indirect [the pier was safe] <- the mayor (the mayor) said"),
				claims("In Lisbon, the mayor said the pier was safe."));
	}

	@Test
	void oneOfThemFamiliarWithIt() {
		assertEquals(List.of("direct [It is weak] <- one skipper (one skipper) said"),
				claims("\"It is weak,\" said one skipper familiar with the talks."));
		assertEquals(List.of("direct [The fares are too high] <- one councillor (one councillor) said"),
				claims("\"The fares are too high,\" said one councillor close to the mayor."));
	}

	@Test
	void aCueBetweenACopulaAndItsComplement() {
		assertEquals(List.of("indirect [It was, he said, one of the worst winters the island had seen] <- he (he) said"),
				claims("It was, he said, one of the worst winters the island had seen."));
		assertEquals(List.of("indirect [The answer is, she said, a new pier] <- she (she) said"),
				claims("The answer is, she said, a new pier."));
		// not a clause that ends before the cue
		assertEquals(List.of(), claims("It was, he said, and the crowd cheered."));
	}

	@Test
	void aParentheticalCueWithTheOneTold() {
		assertEquals(List.of("indirect [The solution, the mayor told them, was simple] <- the mayor (the mayor) told"),
				claims("The solution, the mayor told them, was simple."));
		assertEquals(List.of("indirect [The reason, he told reporters, was the weather] <- he (he) told"),
				claims("The reason, he told reporters, was the weather."));
	}

	@Test
	void aQuoteMarkGluedToTheSpeaker() {
		assertEquals(List.of("direct [The pier is safe] <- Dahl (Dahl) said", "direct [The ferry is late.] <- Dahl (Dahl) -"),
				claims("\u201CThe pier is safe,\u201DDahl said. \u201CThe ferry is late.\u201D"));
	}

	@Test
	void invertedSpeakersOfManyShapes() {
		// an age for the person, a role between two names, a subordinate clause after the speaker
		assertEquals(List.of("direct [The pier is safe] <- the 46-year-old (the 46-year-old) said"),
				claims("\"The pier is safe,\" said the 46-year-old."));
		assertEquals(List.of("direct [The pier is safe] <- Tom Okafor (Tom Okafor) said"),
				claims("\"The pier is safe,\" said Lopez ally Tom Okafor, a skipper."));
		assertEquals(List.of("direct [The pier is safe] <- Tom Dahl (Tom Dahl) said"),
				claims("\"The pier is safe,\" said Tom Dahl as the storm began."));
		// the speaker was asked: the question is no one's claim here
		assertEquals(List.of("direct [The pier is safe] <- Tom Dahl (Tom Dahl) said"),
				claims("\"The pier is safe,\" said Tom Dahl when asked about the storm."));
		// "say" after the content, with a share of a group
		assertEquals(List.of("indirect [The pier may not be such a bad thing either] <- some skippers (some skippers) say"),
				claims("The pier may not be such a bad thing either, say some skippers, who remember the old one."));
	}

	@Test
	void anOpeningClauseBetweenTheCueAndWhatWasSaid() {
		assertEquals(List.of("indirect [if elected, she would rebuild the pier] <- She (She) said"),
				claims("She said, if elected, she would rebuild the pier."));
		assertEquals(List.of("indirect [the pier was safe] <- Dahl (Dahl) said"),
				claims("Dahl said, however, the pier was safe."));
		assertEquals(List.of("direct [We are ready.] <- Dahl (Dahl) said"),
				claims("Dahl said, as the storm began, \"We are ready.\""));
		// no clause after the opening phrase
		assertEquals(List.of(), claims("Dahl said, in the end, nothing."));
	}

	@Test
	void theSpeakerIsWhatARelativeClauseBeforeTheCueDescribes() {
		assertEquals(List.of("indirect [the vote was a turning point] <- others (others) said"),
				claims("Dahl and others who want to close the pier said the vote was a turning point."));
		assertEquals(List.of("indirect [she would rebuild the pier] <- Maria Lopez (Maria Lopez) told"),
				claims("Maria Lopez who is running for the council told reporters she would rebuild the pier."));
		// a clause with a subject of its own is not the relative clause's
		assertEquals(List.of("indirect [it was safe] <- The man (The man) said"),
				claims("The man who sold the boat to Dahl said it was safe."));
	}

	@Test
	void atTheTimeBetweenTheSpeakerAndTheCue() {
		assertEquals(List.of("indirect [he had asked his staff to look into the fees] <- Dahl (Dahl) said",
				"indirect [his staff to look into the fees] <- he (Dahl) had asked"),
				claims("Dahl at the time said he had asked his staff to look into the fees."));
	}

	@Test
	void whatWasSaidEndsWhereAnotherSpeakerTakesOverWithAnd() {
		assertEquals(List.of("indirect [the fares would rise] <- Dahl (Dahl) said",
				"indirect [skippers would leave] <- Lopez (Lopez) warned"),
				claims("Dahl said the fares would rise and Lopez warned that skippers would leave."));
		assertEquals(List.of("indirect [they were convinced the board erred] <- Skippers (Skippers) said"),
				claims("Skippers said they were convinced the board erred and owners accused the mayor of stoking the issue."));
		// two subjects of one verb, a clause the subordinator leaves open: no new speaker
		assertEquals(List.of("indirect [states like Ohio and Iowa will clarify the situation] <- He (He) said"),
				claims("He said states like Ohio and Iowa will clarify the situation."));
		assertEquals(List.of("indirect [the pier was safe and the ferry would run] <- The mayor (The mayor) said"),
				claims("The mayor said the pier was safe and the ferry would run."));
	}

	@Test
	void aVerbAfterButWithNoSubjectGoesOnWithTheSpeaker() {
		assertEquals(List.of("indirect [Dahl's attacks come from a place of insecurity] <- She (She) also suggested"),
				claims("She also suggested that Dahl's attacks come from a place of insecurity, but appeared to betray her own concern."));
		// "but also" stays inside: "not only ..., but also ..."
		assertEquals(List.of("indirect [the pier was not only safe, but also cheaper to run] <- Dahl (Dahl) said"),
				claims("Dahl said the pier was not only safe, but also cheaper to run."));
	}
}

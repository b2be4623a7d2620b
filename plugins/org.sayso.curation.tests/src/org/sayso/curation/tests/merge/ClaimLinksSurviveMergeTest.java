package org.sayso.curation.tests.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayso.curation.merge.ConflictKind;
import org.sayso.curation.Curation;
import org.sayso.core.AnnotationKind;
import org.sayso.curation.merge.MergeUnit;
import org.sayso.model.AnnotationSet;
import org.sayso.model.Claim;
import org.sayso.model.ClaimKind;
import org.sayso.model.SpeakerKind;

/**
 * The relation-loss class: a merged claim must keep its speaker link whatever the annotators did with the
 * speaker. Every case merges, decides, saves through the store and reads the curated file back from disk.
 */
class ClaimLinksSurviveMergeTest {

	static final String QUOTE = "\"We have the money and the staff,\"";
	static final String DOUBLE = "the clinic network would double by 2027";
	static final String JOINT = "talks would continue in July";

	@TempDir
	Path root;
	MergeProject project;

	@BeforeEach
	void create() throws Exception {
		project = new MergeProject(root);
	}

	@Test
	void speakerMovedByOneAnnotatorToAnotherMentionOfTheSamePerson() throws Exception {
		project.annotate("ana", a -> {
			a.speaker("Anna Berg", "berg");
			a.claim(QUOTE, ClaimKind.DIRECT, a.cue("told reporters"), a.speaker("Berg", 2, "berg", SpeakerKind.PERSON));
		}).annotate("ben", a -> {
			var first = a.speaker("Anna Berg", "berg");
			a.speaker("Berg", 2, "berg", SpeakerKind.PERSON);
			a.claim(QUOTE, ClaimKind.DIRECT, a.cue("told reporters"), first);
		});
		var curation = project.curation();
		assertEquals(List.of(), curation.merge().conflicts(), "the same person: no conflict");
		curation.save(false);
		var claim = claim(project.reopenCurated(), QUOTE);
		assertEquals(List.of("Berg"), speakers(claim), "ana's version, the first annotator's, with its own mention");
	}

	@Test
	void speakerSpanDiffersByAWordWhateverTheCuratorDecidesForTheSpeaker() throws Exception {
		project.annotate("ana", a -> a.claim(DOUBLE, ClaimKind.INDIRECT, a.cue("said"),
				a.speaker("Health minister Anna Berg", "berg")))
				.annotate("ben", a -> a.claim(DOUBLE, ClaimKind.INDIRECT, a.cue("said"), a.speaker("Anna Berg", "b1")));
		var curation = project.curation();
		var speaker = only(curation, AnnotationKind.SPEAKER);
		assertEquals(java.util.Set.of(ConflictKind.SPAN_BOUNDARY), speaker.kinds());
		assertEquals(1, curation.merge().conflicts().size(), "the claim itself is agreed");

		curation.save(false);
		assertEquals(List.of("Health minister Anna Berg"), speakers(claim(project.reopenCurated(), DOUBLE)),
				"undecided speaker: the claim brings its annotator's mention");

		curation = project.curation();
		curation.merge().choose(only(curation, AnnotationKind.SPEAKER), "ben");
		curation.save(false);
		assertEquals(List.of("Anna Berg"), speakers(claim(project.reopenCurated(), DOUBLE)));

		curation = project.curation();
		curation.merge().omit(only(curation, AnnotationKind.SPEAKER));
		curation.save(false);
		var curated = project.reopenCurated();
		assertEquals(1, speakers(claim(curated, DOUBLE)).size(), "leaving the speaker out cannot cut the link");
	}

	@Test
	void twoClaimsSharingASpeakerLinkTheSameCuratedMention() throws Exception {
		for (var annotator : List.of("ana", "ben")) {
			project.annotate(annotator, a -> {
				var berg = a.speaker("Anna Berg", annotator + "-berg");
				a.claim(DOUBLE, ClaimKind.INDIRECT, a.cue("said"), berg);
				a.claim(QUOTE, ClaimKind.DIRECT, a.cue("told reporters"), berg);
			});
		}
		var curation = project.curation();
		assertEquals(List.of(), curation.merge().conflicts());
		curation.save(false);
		var curated = project.reopenCurated();
		assertSame(claim(curated, DOUBLE).getSources().get(0), claim(curated, QUOTE).getSources().get(0));
		assertEquals(1, curated.getEntities().size());
	}

	@Test
	void jointStatementKeepsBothSpeakersAndTheConflictOfTheOneWhoSawOne() throws Exception {
		project.annotate("ana", a -> a.claim(JOINT, ClaimKind.INDIRECT, null, a.speaker("Tom Hale", "hale"),
				a.speaker("Berg", 3, "berg", SpeakerKind.PERSON)))
				.annotate("ben", a -> a.claim(JOINT, ClaimKind.INDIRECT, null, a.speaker("Tom Hale", "x"),
						a.speaker("Berg", 3, "y", SpeakerKind.PERSON)))
				.annotate("cy", a -> {
					a.speaker("Tom Hale", "th");
					a.claim(JOINT, ClaimKind.INDIRECT, null, a.speaker("Berg", 3, "b", SpeakerKind.PERSON));
				});
		var curation = project.curation();
		var claimUnit = only(curation, AnnotationKind.CLAIM);
		assertEquals(java.util.Set.of(ConflictKind.SPEAKER), claimUnit.kinds());
		curation.merge().choose(claimUnit, "ana");
		curation.save(false);
		assertEquals(List.of("Tom Hale", "Berg"), speakers(claim(project.reopenCurated(), JOINT)));

		curation = project.curation();
		curation.merge().choose(only(curation, AnnotationKind.CLAIM), "cy");
		curation.save(false);
		assertEquals(List.of("Berg"), speakers(claim(project.reopenCurated(), JOINT)));
	}

	@Test
	void aClaimWhoseCueDiffersKeepsItsSpeakerWithEitherCue() throws Exception {
		project.annotate("ana", a -> a.claim(DOUBLE, ClaimKind.INDIRECT, a.cue("said"), a.speaker("Anna Berg", "b")))
				.annotate("ben", a -> a.claim(DOUBLE, ClaimKind.INDIRECT, null, a.speaker("Anna Berg", "b")));
		var curation = project.curation();
		var claimUnit = only(curation, AnnotationKind.CLAIM);
		assertEquals(java.util.Set.of(ConflictKind.CUE), claimUnit.kinds());

		curation.merge().choose(claimUnit, "ben");
		curation.save(false);
		var claim = claim(project.reopenCurated(), DOUBLE);
		assertEquals(List.of("Anna Berg"), speakers(claim));
		assertEquals(0, claim.getCues().size());

		curation = project.curation();
		curation.merge().choose(only(curation, AnnotationKind.CLAIM), "ana");
		curation.save(false);
		claim = claim(project.reopenCurated(), DOUBLE);
		assertEquals(List.of("Anna Berg"), speakers(claim));
		assertEquals("said", text(claim.getCues().get(0)));
	}

	@Test
	void entityIdsThatDifferBetweenAnnotatorsBecomeOneCuratedEntity() throws Exception {
		project.annotate("ana", a -> {
			a.claim(DOUBLE, ClaimKind.INDIRECT, a.cue("said"), a.speaker("Anna Berg", "berg"));
			a.claim(QUOTE, ClaimKind.DIRECT, a.cue("told reporters"), a.speaker("Berg", 2, "berg", SpeakerKind.PERSON));
		}).annotate("ben", a -> {
			a.claim(DOUBLE, ClaimKind.INDIRECT, a.cue("said"), a.speaker("Anna Berg", "B-17"));
			a.claim(QUOTE, ClaimKind.DIRECT, a.cue("told reporters"), a.speaker("Berg", 2, "B-17", SpeakerKind.PERSON));
		});
		var curation = project.curation();
		assertEquals(List.of(), curation.merge().conflicts());
		curation.save(false);
		var curated = project.reopenCurated();
		assertEquals(1, curated.getEntities().size());
		var entity = curated.getEntities().get(0);
		assertEquals("Anna Berg", entity.getName());
		assertSame(entity, claim(curated, DOUBLE).getSources().get(0).getEntity());
		assertSame(entity, claim(curated, QUOTE).getSources().get(0).getEntity());
	}

	static MergeUnit only(Curation curation, AnnotationKind layer) {
		var units = curation.merge().units().stream().filter(u -> u.layer() == layer).toList();
		assertEquals(1, units.size(), "one " + layer + " unit");
		return units.get(0);
	}

	static Claim claim(AnnotationSet set, String phrase) {
		return set.getAnnotations().stream().filter(Claim.class::isInstance).map(Claim.class::cast)
				.filter(c -> text(c).equals(phrase)).findFirst()
				.orElseThrow(() -> new AssertionError("the curated set has no claim '" + phrase + "'"));
	}

	static List<String> speakers(Claim claim) {
		return claim.getSources().stream().map(ClaimLinksSurviveMergeTest::text).toList();
	}

	static String text(org.sayso.model.Annotation annotation) {
		return MergeProject.TEXT.substring(annotation.getBegin(), annotation.getEnd());
	}
}

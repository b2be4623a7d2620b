package org.sayso.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sayso.model.Annotation;
import org.sayso.model.AnnotationSet;
import org.sayso.model.Claim;
import org.sayso.model.DateMention;
import org.sayso.model.SaysoFactory;
import org.sayso.model.SpeakerMention;
import org.sayso.model.validation.AnnotationSetValidator;
import org.sayso.model.validation.SaysoConstraints;
import org.sayso.model.validation.ValidationProblem;

class AnnotationSetValidatorTest {

	private static final String TEXT = "Lopez said on Thursday the talks would resume.";
	private static final SaysoFactory F = SaysoFactory.eINSTANCE;

	private AnnotationSet set;
	private SpeakerMention lopez;
	private Claim claim;
	private DateMention thursday;

	@BeforeEach
	void annotateOneSentence() {
		var document = F.createDocument();
		document.setId("talks");
		document.setText(TEXT);
		set = F.createAnnotationSet();
		set.setDocument(document);
		set.setAnnotator("ana");
		lopez = span(F.createSpeakerMention(), "Lopez");
		claim = span(F.createClaim(), "the talks would resume");
		claim.getSources().add(lopez);
		thursday = span(F.createDateMention(), "Thursday");
		thursday.setValue("2024-03-07");
	}

	@Test
	void aCompleteSetHasNoProblems() {
		assertEquals(List.of(), AnnotationSetValidator.validate(set));
	}

	@Test
	void aClaimWithoutSpeakerIsAnErrorThatNamesTheClaimUntilItIsLinked() {
		claim.getSources().clear();
		var problems = AnnotationSetValidator.validate(set);
		assertEquals(1, problems.size(), problems.toString());
		var problem = problems.get(0);
		assertEquals(SaysoConstraints.HAS_SPEAKER, problem.constraint());
		assertTrue(problem.isError());
		assertEquals(claim, problem.annotation());
		assertEquals(TEXT.indexOf("the talks"), problem.begin());
		assertEquals("Claim \"the talks would resume\" at 23-45 has no speaker: link it to the speaker it is attributed to.",
				problem.message());

		claim.getSources().add(lopez);
		assertEquals(List.of(), AnnotationSetValidator.validate(set));
	}

	@Test
	void aClaimAttributedToADeletedSpeakerIsAnError() {
		EcoreUtil.remove(lopez);
		var problems = AnnotationSetValidator.validate(set);
		assertTrue(problems.stream().anyMatch(p -> p.constraint().equals(SaysoConstraints.SPEAKERS_EXIST)
				&& p.annotation() == claim), problems.toString());
	}

	@Test
	void aClaimAttributedToAnotherAnnotatorsSpeakerIsAnError() {
		var other = F.createAnnotationSet();
		var foreign = F.createSpeakerMention();
		other.getAnnotations().add(foreign);
		claim.getSources().add(foreign);
		assertEquals(List.of(SaysoConstraints.SPEAKERS_EXIST), constraints(AnnotationSetValidator.validate(set)));
	}

	@Test
	void aDateWithoutValueIsAnErrorUnlessANoteSaysWhy() {
		thursday.setValue(null);
		assertEquals(List.of(SaysoConstraints.HAS_VALUE), constraints(AnnotationSetValidator.validate(set)));
		thursday.setNote("no article date to resolve against");
		assertEquals(List.of(), AnnotationSetValidator.validate(set));
	}

	@Test
	void aDateValueTheCalendarDoesNotHaveIsAnErrorThatSaysWhy() {
		for (var impossible : List.of("2026-13", "2026-02-30", "2026-W54", "2024-03-07T25:00", "2026-02-29")) {
			thursday.setValue(impossible);
			var problems = AnnotationSetValidator.validate(set);
			assertEquals(List.of(SaysoConstraints.VALID_VALUE), constraints(problems), impossible);
			assertTrue(problems.get(0).message().contains("'" + impossible + "'"), problems.get(0).message());
		}
		thursday.setValue("2024-02-29");
		assertEquals(List.of(), AnnotationSetValidator.validate(set), "2024 is a leap year");
		thursday.setValue("next thursday");
		assertEquals(List.of(SaysoConstraints.VALID_VALUE), constraints(AnnotationSetValidator.validate(set)));
	}

	@Test
	void aSpanOutsideTheTextIsAnError() {
		thursday.setEnd(TEXT.length() + 5);
		var problems = AnnotationSetValidator.validate(set);
		assertEquals(List.of(SaysoConstraints.SPAN_IN_BOUNDS), constraints(problems));
		assertTrue(problems.get(0).message().contains("length " + TEXT.length()), problems.get(0).message());

		thursday.setEnd(thursday.getBegin() - 1);
		assertEquals(List.of(SaysoConstraints.SPAN_IN_BOUNDS), constraints(AnnotationSetValidator.validate(set)));
	}

	@Test
	void problemsComeInTextOrder() {
		claim.getSources().clear();
		var early = span(F.createClaim(), "Lopez said");
		var problems = AnnotationSetValidator.validate(set);
		assertEquals(List.of(early, claim), problems.stream().map(ValidationProblem::annotation).toList());
	}

	private <T extends Annotation> T span(T annotation, String covered) {
		annotation.setBegin(TEXT.indexOf(covered));
		annotation.setEnd(TEXT.indexOf(covered) + covered.length());
		set.getAnnotations().add(annotation);
		return annotation;
	}

	private static List<String> constraints(List<ValidationProblem> problems) {
		return problems.stream().map(ValidationProblem::constraint).toList();
	}
}

package org.sayso.model.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.sayso.model.Annotation;
import org.sayso.model.AnnotationSet;
import org.sayso.model.Claim;
import org.sayso.model.Cue;
import org.sayso.model.DateMention;
import org.sayso.model.SpeakerMention;

/**
 * Runs the model's constraints (and EMF's structural checks) over an annotation set and describes each
 * violation in words an annotator understands, with its position in the text.
 */
public final class AnnotationSetValidator {

	static {
		SaysoConstraints.register();
	}

	private AnnotationSetValidator() {
	}

	/** The problems of {@code set}, errors first, each in text order. Load the document text first for bounds. */
	public static List<ValidationProblem> validate(AnnotationSet set) {
		var diagnostic = Diagnostician.INSTANCE.validate(set);
		var problems = new ArrayList<ValidationProblem>();
		collect(diagnostic, problems);
		problems.sort((a, b) -> a.severity() != b.severity() ? a.severity().compareTo(b.severity())
				: Integer.compare(a.begin(), b.begin()));
		return problems;
	}

	private static void collect(Diagnostic diagnostic, List<ValidationProblem> problems) {
		if (diagnostic.getChildren().isEmpty() && diagnostic.getSeverity() >= Diagnostic.WARNING) {
			problems.add(describe(diagnostic));
		}
		for (var child : diagnostic.getChildren()) {
			collect(child, problems);
		}
	}

	private static ValidationProblem describe(Diagnostic diagnostic) {
		var severity = diagnostic.getSeverity() >= Diagnostic.ERROR ? ValidationProblem.Severity.ERROR
				: ValidationProblem.Severity.WARNING;
		var data = diagnostic.getData();
		var annotation = !data.isEmpty() && data.get(0) instanceof Annotation a ? a : null;
		var constraint = constraintOf(diagnostic.getMessage());
		if (annotation == null) {
			return new ValidationProblem(severity, constraint, null, 0, 0, diagnostic.getMessage());
		}
		var what = label(annotation);
		var message = switch (constraint) {
		case SaysoConstraints.HAS_SPEAKER -> what + " has no speaker: link it to the speaker it is attributed to.";
		case SaysoConstraints.SPEAKERS_EXIST -> what
				+ " is attributed to a speaker that was deleted or belongs to another set: link it again.";
		case SaysoConstraints.HAS_VALUE -> what
				+ " has no normalized value: give it an ISO value, or a note that says why it has none.";
		case SaysoConstraints.VALID_VALUE -> what + ": "
				+ DateValues.check(((org.sayso.model.DateMention) annotation).getValue()) + " (V sets the value)";
		case SaysoConstraints.SPAN_IN_BOUNDS -> what + " lies outside the document text (length "
				+ lengthOf(annotation) + "): the annotation file does not belong to this text.";
		default -> what + ": " + diagnostic.getMessage();
		};
		return new ValidationProblem(severity, constraint, annotation, annotation.getBegin(), annotation.getEnd(), message);
	}

	/** EMF's message for a delegated constraint names it in quotes: "The 'hasSpeaker' constraint is violated...". */
	private static String constraintOf(String message) {
		for (var name : new String[] { SaysoConstraints.HAS_SPEAKER, SaysoConstraints.SPEAKERS_EXIST,
				SaysoConstraints.HAS_VALUE, SaysoConstraints.VALID_VALUE, SaysoConstraints.SPAN_IN_BOUNDS }) {
			if (message.contains("'" + name + "'")) {
				return name;
			}
		}
		return "structure";
	}

	static String label(Annotation annotation) {
		var type = switch (annotation) {
		case Claim c -> "Claim";
		case SpeakerMention s -> "Speaker";
		case DateMention d -> "Date";
		case Cue c -> "Cue";
		default -> annotation.eClass().getName();
		};
		var text = SaysoConstraints.textOf(annotation);
		var span = annotation.getBegin() + "-" + annotation.getEnd();
		if (text != null && SaysoConstraints.spanInBounds(annotation)) {
			var covered = text.substring(annotation.getBegin(), annotation.getEnd()).replaceAll("\\s+", " ");
			if (covered.length() > 50) {
				covered = covered.substring(0, 47) + "...";
			}
			return type + " \"" + covered + "\" at " + span;
		}
		return type + " at " + span;
	}

	private static String lengthOf(Annotation annotation) {
		var text = SaysoConstraints.textOf(annotation);
		return text == null ? "unknown" : String.valueOf(text.length());
	}
}

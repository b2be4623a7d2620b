package org.sayso.model.validation;

import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EValidator;
import org.sayso.model.Annotation;
import org.sayso.model.AnnotationSet;
import org.sayso.model.Claim;
import org.sayso.model.DateMention;

/**
 * The model's constraints, declared in {@code sayso.ecore} (annotation {@value #URI}) and implemented here, so the
 * generated validator stays generated. Registered through the {@code org.eclipse.emf.ecore.validation_delegate}
 * extension in OSGi, and by {@link #register()} on a plain class path.
 */
public class SaysoConstraints implements EValidator.ValidationDelegate {

	public static final String URI = "http://sayso.org/model/constraints";

	public static final String SPAN_IN_BOUNDS = "spanInBounds";
	public static final String HAS_SPEAKER = "hasSpeaker";
	public static final String SPEAKERS_EXIST = "speakersExist";
	public static final String HAS_VALUE = "hasValue";
	public static final String VALID_VALUE = "validValue";

	/** Makes the constraints known to EMF when no extension registry is running (CLI tests, benchmarks). */
	public static void register() {
		EValidator.ValidationDelegate.Registry.INSTANCE.putIfAbsent(URI, new SaysoConstraints());
	}

	@Override
	public boolean validate(EClass eClass, EObject eObject, Map<Object, Object> context, String constraint,
			String expression) {
		return switch (constraint) {
		case SPAN_IN_BOUNDS -> spanInBounds((Annotation) eObject);
		case HAS_SPEAKER -> !((Claim) eObject).getSources().isEmpty();
		case SPEAKERS_EXIST -> speakersExist((Claim) eObject);
		case HAS_VALUE -> hasValue((DateMention) eObject);
		case VALID_VALUE -> DateValues.check(((DateMention) eObject).getValue()) == null;
		default -> throw new IllegalArgumentException("Unknown constraint " + constraint + " on " + eClass.getName());
		};
	}

	@Override
	public boolean validate(EClass eClass, EObject eObject, Map<Object, Object> context, EOperation invariant,
			String expression) {
		throw new UnsupportedOperationException("Sayso's model declares no invariant operations");
	}

	@Override
	public boolean validate(EDataType eDataType, Object value, Map<Object, Object> context, String constraint,
			String expression) {
		throw new UnsupportedOperationException("Sayso's model declares no data type constraints");
	}

	static boolean spanInBounds(Annotation annotation) {
		if (annotation.getBegin() < 0 || annotation.getEnd() < annotation.getBegin()) {
			return false;
		}
		var text = textOf(annotation);
		return text == null || annotation.getEnd() <= text.length();
	}

	/** Every speaker is a mention of the claim's own set: not deleted, not borrowed from another annotator. */
	static boolean speakersExist(Claim claim) {
		var set = claim.eContainer();
		return claim.getSources().stream().allMatch(speaker -> speaker.eContainer() != null && speaker.eContainer() == set);
	}

	static boolean hasValue(DateMention date) {
		return !isBlank(date.getValue()) || !isBlank(date.getNote());
	}

	/** The document text when it is loaded, else null: bounds are then checked when it is. */
	static String textOf(Annotation annotation) {
		return annotation.eContainer() instanceof AnnotationSet set && set.getDocument() != null
				? set.getDocument().getText()
				: null;
	}

	private static boolean isBlank(String s) {
		return s == null || s.isBlank();
	}
}

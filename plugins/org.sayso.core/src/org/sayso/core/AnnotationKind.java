package org.sayso.core;

import org.eclipse.emf.ecore.EClass;
import org.sayso.model.Annotation;
import org.sayso.model.Claim;
import org.sayso.model.Cue;
import org.sayso.model.DateMention;
import org.sayso.model.SaysoPackage;
import org.sayso.model.SpeakerMention;

/**
 * The kinds of annotation, with every name each has: the one word of rejections, evaluation tables and commands,
 * the label users see (and agreement reports use), the UIMA type of the CAS and XMI, and the EMF class. The one
 * place these are written out; a merge aligns each kind separately, so a unit never mixes two.
 */
public enum AnnotationKind {
	SPEAKER("speaker", "Speaker", SaysoTypes.SPEAKER, SaysoPackage.Literals.SPEAKER_MENTION),
	CLAIM("claim", "Claim", SaysoTypes.CLAIM, SaysoPackage.Literals.CLAIM),
	CUE("cue", "Cue", SaysoTypes.CUE, SaysoPackage.Literals.CUE),
	DATE("date", "Date", SaysoTypes.DATE_MENTION, SaysoPackage.Literals.DATE_MENTION);

	private final String id;
	private final String label;
	private final String casType;
	private final EClass eClass;

	AnnotationKind(String id, String label, String casType, EClass eClass) {
		this.id = id;
		this.label = label;
		this.casType = casType;
		this.eClass = eClass;
	}

	/** The lower-case word: a rejection's type, an evaluation table's row, the tag command's parameter. */
	public String id() {
		return id;
	}

	/** The name users see, and agreement reports use as the type. */
	public String label() {
		return label;
	}

	/** The UIMA type of the CAS and the XMI ({@code org.sayso.type.Speaker}). */
	public String casType() {
		return casType;
	}

	/** The UIMA type's short name ({@code Speaker}, {@code DateMention}): the export summary's and JSONL's. */
	public String casName() {
		return casType.substring(casType.lastIndexOf('.') + 1);
	}

	public EClass eClass() {
		return eClass;
	}

	public static AnnotationKind of(Annotation annotation) {
		return switch (annotation) {
		case SpeakerMention s -> SPEAKER;
		case Claim c -> CLAIM;
		case Cue c -> CUE;
		case DateMention d -> DATE;
		default -> throw new IllegalArgumentException("Not a Sayso annotation: " + annotation.eClass().getName());
		};
	}

	/** The kind with this {@link #id()}. */
	public static AnnotationKind byId(String id) {
		for (var kind : values()) {
			if (kind.id.equals(id)) {
				return kind;
			}
		}
		throw new IllegalArgumentException("No annotation kind '" + id + "': speaker, claim, cue or date");
	}
}

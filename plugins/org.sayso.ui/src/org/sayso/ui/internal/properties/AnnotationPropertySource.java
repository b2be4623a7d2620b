package org.sayso.ui.internal.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.ui.views.properties.ComboBoxPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.eclipse.ui.views.properties.TextPropertyDescriptor;
import org.sayso.model.validation.DateValues;
import org.sayso.model.Annotation;
import org.sayso.model.AnnotationSet;
import org.sayso.model.Claim;
import org.sayso.model.ClaimKind;
import org.sayso.model.DateMention;
import org.sayso.model.DateType;
import org.sayso.model.SpeakerEntity;
import org.sayso.model.SpeakerKind;
import org.sayso.model.SpeakerMention;
import org.sayso.ui.internal.editor.EditorSession;
import org.sayso.ui.internal.editor.Labels;

/**
 * Every feature of an annotation (or a speaker entity) in the Properties view. Changes go through the open editor's
 * session, so they are undoable with the rest; with no editor open the properties are shown read-only.
 */
final class AnnotationPropertySource implements IPropertySource {

	private static final String TEXT = "text", BEGIN = "begin", END = "end", ORIGIN = "origin", AUTHOR = "author",
			NOTE = "note", KIND = "kind", ENTITY = "entity", SPEAKERS = "speakers", VALUE = "value", TYPE = "type",
			DCT_DEPENDENT = "dctDependent", NAME = "name", ID = "id", MENTIONS = "mentions";
	private static final String[] YES_NO = { "no", "yes" };

	private final Object element;
	private final EditorSession session;

	AnnotationPropertySource(Object element) {
		this.element = element;
		this.session = EditorSession.of(setOf(element));
	}

	private static AnnotationSet setOf(Object element) {
		if (element instanceof org.eclipse.emf.ecore.EObject o) {
			for (var e = o; e != null; e = e.eContainer()) {
				if (e instanceof AnnotationSet set) {
					return set;
				}
			}
		}
		return null;
	}

	@Override
	public Object getEditableValue() {
		return element;
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		var d = new ArrayList<IPropertyDescriptor>();
		boolean editable = session != null;
		if (element instanceof SpeakerEntity) {
			d.add(editable ? new TextPropertyDescriptor(NAME, "Name") : new PropertyDescriptor(NAME, "Name"));
			d.add(new PropertyDescriptor(ID, "Id"));
			d.add(new PropertyDescriptor(MENTIONS, "Mentions"));
			return d.toArray(IPropertyDescriptor[]::new);
		}
		d.add(new PropertyDescriptor(TEXT, "Text"));
		d.add(new PropertyDescriptor(BEGIN, "Begin"));
		d.add(new PropertyDescriptor(END, "End"));
		d.add(new PropertyDescriptor(ORIGIN, "Origin"));
		d.add(new PropertyDescriptor(AUTHOR, "Author"));
		d.add(editable ? new TextPropertyDescriptor(NOTE, "Note") : new PropertyDescriptor(NOTE, "Note"));
		switch (element) {
		case SpeakerMention s -> {
			d.add(combo(KIND, "Kind", SpeakerKind.VALUES, editable));
			d.add(editable ? new TextPropertyDescriptor(ENTITY, "Entity name") : new PropertyDescriptor(ENTITY, "Entity name"));
		}
		case Claim c -> {
			d.add(combo(KIND, "Kind", ClaimKind.VALUES, editable));
			d.add(new PropertyDescriptor(SPEAKERS, "Speakers"));
		}
		case DateMention m -> {
			if (editable) {
				var value = new TextPropertyDescriptor(VALUE, "Value");
				value.setValidator(v -> DateValues.check((String) v));
				d.add(value);
			} else {
				d.add(new PropertyDescriptor(VALUE, "Value"));
			}
			d.add(combo(TYPE, "Type", DateType.VALUES, editable));
			d.add(editable ? new ComboBoxPropertyDescriptor(DCT_DEPENDENT, "Depends on DCT", YES_NO)
					: new PropertyDescriptor(DCT_DEPENDENT, "Depends on DCT"));
		}
		default -> {
		}
		}
		for (var descriptor : d) {
			if (descriptor instanceof PropertyDescriptor p) {
				p.setCategory(element instanceof Annotation a ? Labels.type(a) : "Speaker");
			}
		}
		return d.toArray(IPropertyDescriptor[]::new);
	}

	private static PropertyDescriptor combo(String id, String name, List<? extends Enumerator> values,
			boolean editable) {
		if (!editable) {
			return new PropertyDescriptor(id, name);
		}
		return new ComboBoxPropertyDescriptor(id, name, values.stream().map(Enumerator::getLiteral)
				.toArray(String[]::new));
	}

	@Override
	public Object getPropertyValue(Object id) {
		if (element instanceof SpeakerEntity e) {
			return switch ((String) id) {
			case NAME -> nonNull(e.getName());
			case ID -> e.getId();
			case MENTIONS -> String.valueOf(e.getMentions().size());
			default -> "";
			};
		}
		var a = (Annotation) element;
		boolean editable = session != null;
		return switch ((String) id) {
		case TEXT -> session == null ? "" : Labels.text(a, session.text(), 200);
		case BEGIN -> String.valueOf(a.getBegin());
		case END -> String.valueOf(a.getEnd());
		case ORIGIN -> a.getOrigin() == null ? "" : a.getOrigin().getLiteral();
		case AUTHOR -> nonNull(a.getAuthor());
		case NOTE -> nonNull(a.getNote());
		case KIND -> switch (a) {
		case SpeakerMention s -> editable ? index(SpeakerKind.VALUES, s.getKind()) : literal(s.getKind());
		case Claim c -> editable ? index(ClaimKind.VALUES, c.getKind()) : literal(c.getKind());
		default -> "";
		};
		case ENTITY -> a instanceof SpeakerMention s ? Labels.speakerName(s) : "";
		case SPEAKERS -> a instanceof Claim c ? Labels.speakers(c) : "";
		case VALUE -> a instanceof DateMention m ? nonNull(m.getValue()) : "";
		case TYPE -> a instanceof DateMention m ? editable ? index(DateType.VALUES, m.getType()) : literal(m.getType())
				: "";
		case DCT_DEPENDENT -> a instanceof DateMention m ? editable ? (Object) (m.isDctDependent() ? 1 : 0)
				: YES_NO[m.isDctDependent() ? 1 : 0] : "";
		default -> "";
		};
	}

	private static Object index(List<? extends Enumerator> values, Enumerator value) {
		return value == null ? 0 : values.indexOf(value);
	}

	private static String literal(Enumerator value) {
		return value == null ? "" : value.getLiteral();
	}

	private static String nonNull(String s) {
		return s == null ? "" : s;
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		if (session == null || Objects.equals(getPropertyValue(id), value)) {
			return;
		}
		String label = "Set " + id;
		Runnable edit = switch (element) {
		case SpeakerEntity e when NAME.equals(id) -> () -> e.setName(blankToNull((String) value));
		case SpeakerMention s when KIND.equals(id) -> () -> s.setKind(SpeakerKind.VALUES.get((Integer) value));
		case SpeakerMention s when ENTITY.equals(id) && s.getEntity() != null -> () -> s.getEntity()
				.setName(blankToNull((String) value));
		case Claim c when KIND.equals(id) -> () -> c.setKind(ClaimKind.VALUES.get((Integer) value));
		case DateMention m when VALUE.equals(id) -> () -> m.setValue(blankToNull((String) value));
		case DateMention m when TYPE.equals(id) -> () -> m.setType(DateType.VALUES.get((Integer) value));
		case DateMention m when DCT_DEPENDENT.equals(id) -> () -> m.setDctDependent(Integer.valueOf(1).equals(value));
		case Annotation a when NOTE.equals(id) -> () -> a.setNote(blankToNull((String) value));
		default -> null;
		};
		if (edit != null) {
			session.execute(label, edit);
		}
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	@Override
	public boolean isPropertySet(Object id) {
		return false;
	}

	@Override
	public void resetPropertyValue(Object id) {
		// nothing has a default to reset to
	}
}

package org.sayso.ui.internal.prefs;

import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.ColorFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.sayso.model.ProjectLayout;

/** Preferences > Sayso: the annotator's name and the colours of the annotation types. */
public class SaysoPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public SaysoPreferencePage() {
		super(GRID);
		setDescription("Your annotations are saved under annotations/<annotator>/ of each project. Colours apply to"
				+ " editors opened after the change.");
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(SaysoPreferences.store());
	}

	@Override
	protected void createFieldEditors() {
		var annotator = new StringFieldEditor(SaysoPreferences.ANNOTATOR, "&Annotator name:", getFieldEditorParent()) {
			@Override
			protected boolean doCheckState() {
				return ProjectLayout.isSafeName(getStringValue().strip());
			}
		};
		annotator.setErrorMessage("An annotator name is a folder name: letters, digits, '.', '_' or '-'.");
		addField(annotator);
		addField(new BooleanFieldEditor(SaysoPreferences.SUGGEST_ON_OPEN,
				"Suggest speakers, claims and dates when an article without annotations &opens", getFieldEditorParent()));
		addField(new ColorFieldEditor(SaysoPreferences.SPEAKER_COLOUR, "&Speaker (box):", getFieldEditorParent()));
		addField(new ColorFieldEditor(SaysoPreferences.CLAIM_COLOUR, "C&laim (background):", getFieldEditorParent()));
		addField(new ColorFieldEditor(SaysoPreferences.CUE_COLOUR, "C&ue (bold text):", getFieldEditorParent()));
		addField(new ColorFieldEditor(SaysoPreferences.DATE_COLOUR, "&Date (double underline):", getFieldEditorParent()));
	}
}

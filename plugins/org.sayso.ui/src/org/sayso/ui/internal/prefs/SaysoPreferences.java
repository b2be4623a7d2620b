package org.sayso.ui.internal.prefs;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/**
 * The annotator's settings: who they are (their annotations go to {@code annotations/<name>/}) and the colours of
 * the annotation types. The default palette is Okabe and Ito's, distinguishable with every common colour-vision
 * deficiency; each type also has its own drawing (box, background, underline, bold), so colour is never the only cue.
 */
public final class SaysoPreferences {

	public static final String ANNOTATOR = "annotator";
	/** Whether an article opened with an empty set gets suggestions at once (when its project allows them). */
	public static final String SUGGEST_ON_OPEN = "suggestOnOpen";
	/** Whether the standalone workbench has opened its first window (maximised) already. */
	public static final String FIRST_WINDOW_SHOWN = "firstWindowShown";
	public static final String SPEAKER_COLOUR = "colour.speaker";
	public static final String CLAIM_COLOUR = "colour.claim";
	public static final String CUE_COLOUR = "colour.cue";
	public static final String DATE_COLOUR = "colour.date";

	static final RGB SPEAKER_DEFAULT = new RGB(0, 114, 178); // blue
	static final RGB CLAIM_DEFAULT = new RGB(230, 159, 0); // orange
	static final RGB CUE_DEFAULT = new RGB(204, 121, 167); // reddish purple
	static final RGB DATE_DEFAULT = new RGB(0, 158, 115); // bluish green

	private static IPreferenceStore store;

	private SaysoPreferences() {
	}

	public static synchronized IPreferenceStore store() {
		if (store == null) {
			store = new ScopedPreferenceStore(InstanceScope.INSTANCE, "org.sayso.ui");
			setDefaults(store);
		}
		return store;
	}

	static void setDefaults(IPreferenceStore s) {
		s.setDefault(ANNOTATOR, systemUser());
		s.setDefault(SUGGEST_ON_OPEN, true);
		PreferenceConverter.setDefault(s, SPEAKER_COLOUR, SPEAKER_DEFAULT);
		PreferenceConverter.setDefault(s, CLAIM_COLOUR, CLAIM_DEFAULT);
		PreferenceConverter.setDefault(s, CUE_COLOUR, CUE_DEFAULT);
		PreferenceConverter.setDefault(s, DATE_COLOUR, DATE_DEFAULT);
	}

	/** The annotator name from the preferences, the system user's by default. */
	public static String annotator() {
		var name = store().getString(ANNOTATOR).strip();
		return name.isEmpty() ? systemUser() : name;
	}

	public static RGB colour(String key) {
		return PreferenceConverter.getColor(store(), key);
	}

	private static String systemUser() {
		var user = System.getProperty("user.name", "annotator").replaceAll("[^\\p{L}\\p{N}._-]", "_");
		return user.isEmpty() || !Character.isLetterOrDigit(user.charAt(0)) ? "annotator" : user;
	}
}

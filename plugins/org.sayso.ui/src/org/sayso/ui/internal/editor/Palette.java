package org.sayso.ui.internal.editor;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.sayso.ui.internal.prefs.SaysoPreferences;

/** The colours an editor draws with, read from the preferences when the editor opens. */
public record Palette(Color speaker, Color claim, Color claimStrong, Color claimFaint, Color cue, Color date, Color link) {

	public static Palette fromPreferences() {
		var claim = SaysoPreferences.colour(SaysoPreferences.CLAIM_COLOUR);
		var speaker = SaysoPreferences.colour(SaysoPreferences.SPEAKER_COLOUR);
		return new Palette(new Color(speaker), new Color(onWhite(claim, 0.28)), new Color(onWhite(claim, 0.55)),
				new Color(onWhite(claim, 0.13)), new Color(SaysoPreferences.colour(SaysoPreferences.CUE_COLOUR)),
				new Color(SaysoPreferences.colour(SaysoPreferences.DATE_COLOUR)), new Color(speaker));
	}

	/** A background tint: the colour laid over white at the given strength, so black text stays readable. */
	private static RGB onWhite(RGB c, double strength) {
		return new RGB(mix(c.red, strength), mix(c.green, strength), mix(c.blue, strength));
	}

	private static int mix(int channel, double strength) {
		return (int) Math.round(255 - (255 - channel) * strength);
	}
}

package org.tawasul.newsroom;

/** The kinds of publication the service issues. */
public enum PublicationType {
	/** بلاغ صحفي */
	PRESS_RELEASE,
	/** خبر */
	NEWS,
	/** بيان حقيقة: debunks a rumour; carries the claim, the verdict and the evidence summary. */
	TRUTH_STATEMENT,
	/** ربورتاج: filmed with a media outlet. */
	REPORTAGE,
	/** محتوى رقمي: a short post with an image or video for the official accounts. */
	DIGITAL_CONTENT
}

package org.tawasul.channels;

/** The social networks the service speaks on. */
public enum Network {
	X, FACEBOOK, INSTAGRAM
}

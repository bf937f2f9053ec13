/**
 * The {@code tawasul-text.jar} command line ({@code match}, {@code group}, {@code tune}, {@code reposts}) whose
 * output the evaluation scripts score.
 */
package org.tawasul.text.cli;

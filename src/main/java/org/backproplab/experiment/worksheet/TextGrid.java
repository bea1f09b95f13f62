package org.backproplab.experiment.worksheet;

import java.util.ArrayList;
import java.util.List;

/**
 * Text typed into a worksheet box, cut into blocks of rows of tokens, each token with its line and column.
 *
 * <p>Rows end at a line break or ';'. Blocks (one weight matrix each) are separated by blank lines, by lines holding
 * only a '#' comment, or by '|', so both the course's layout and the one-line link form
 * {@code 0.1 0.2; 0.3 0.4 | 0.2; 1; -3 | 1; 2} read the same. Tokens are separated by spaces, tabs or commas.
 * Hand-written so that java.util.regex stays out of the browser bundle.
 */
final class TextGrid {
    /** One token with its 1-based line and column in the typed text. */
    record Token(String text, int line, int column) {
    }

    /** One row: its tokens (never empty) and the line it starts on. */
    record Row(List<Token> tokens, int line) {
        int size() {
            return tokens.size();
        }
    }

    /** One block of rows (never empty). */
    record Block(List<Row> rows) {
        int line() {
            return rows.get(0).line();
        }
    }

    private final List<Block> blocks;

    private TextGrid(List<Block> blocks) {
        this.blocks = blocks;
    }

    /** The blocks of {@code text} in order. */
    static TextGrid of(String text) {
        List<Block> blocks = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        int line = 1;
        int column = 1;
        int tokenStart = -1;
        int tokenColumn = 0;
        boolean comment = false;
        boolean lineHasContent = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '\n';
            boolean lineEnd = c == '\n' || c == '\r';
            boolean separator = lineEnd || (!comment && (c == ' ' || c == '\t' || c == ',' || c == ';' || c == '|'
                    || c == '#'));
            if (tokenStart >= 0 && separator) {
                tokens.add(new Token(text.substring(tokenStart, i), line, tokenColumn));
                tokenStart = -1;
            }
            if (lineEnd) {
                endRow(rows, tokens, line);
                if (!lineHasContent) {
                    // a blank or comment-only line ends the matrix
                    endBlock(blocks, rows);
                }
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
                column = 1;
                comment = false;
                lineHasContent = false;
                continue;
            }
            if (!comment) {
                if (c == '#') {
                    comment = true;
                } else if (c == ';') {
                    endRow(rows, tokens, line);
                } else if (c == '|') {
                    endRow(rows, tokens, line);
                    endBlock(blocks, rows);
                } else if (!separator && tokenStart < 0) {
                    tokenStart = i;
                    tokenColumn = column;
                    lineHasContent = true;
                }
            }
            column++;
        }
        endBlock(blocks, rows);
        return new TextGrid(blocks);
    }

    private static void endRow(List<Row> rows, List<Token> tokens, int line) {
        if (!tokens.isEmpty()) {
            rows.add(new Row(List.copyOf(tokens), tokens.get(0).line()));
            tokens.clear();
        }
    }

    private static void endBlock(List<Block> blocks, List<Row> rows) {
        if (!rows.isEmpty()) {
            blocks.add(new Block(List.copyOf(rows)));
            rows.clear();
        }
    }

    /** The blocks, each a non-empty list of non-empty rows. */
    List<Block> blocks() {
        return blocks;
    }

    /** All rows of all blocks in order: for boxes with one row per layer, where blank lines don't matter. */
    List<Row> rows() {
        List<Row> out = new ArrayList<>();
        for (Block b : blocks) {
            out.addAll(b.rows());
        }
        return out;
    }

    /** All tokens in order: for boxes holding one vector. */
    List<Token> tokens() {
        List<Token> out = new ArrayList<>();
        for (Row r : rows()) {
            out.addAll(r.tokens());
        }
        return out;
    }
}

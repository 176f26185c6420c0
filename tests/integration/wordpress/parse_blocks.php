<?php
// The site's own block parser on a stored post: what the block editor will see.
// Usage: php parse_blocks.php DOCROOT POST_ID  -> JSON {"blocks": [{name, attrs, html}], "rendered": ...}
[, $docroot, $post_id] = $argv;
require $docroot . '/wp-load.php';

$post = get_post((int) $post_id);
if (!$post) {
    fwrite(STDERR, "no post $post_id\n");
    exit(1);
}
$blocks = [];
foreach (parse_blocks($post->post_content) as $block) {
    $blocks[] = ['name' => $block['blockName'], 'attrs' => $block['attrs'], 'html' => $block['innerHTML']];
}
echo json_encode(['blocks' => $blocks, 'rendered' => do_blocks($post->post_content)]);

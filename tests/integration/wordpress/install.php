<?php
// Installs WordPress into the database of a fresh test site and prints JSON with the credentials.
// Usage: php install.php DOCROOT ADMIN_PASSWORD SUBSCRIBER_PASSWORD TIMEZONE
[, $docroot, $admin_password, $subscriber_password, $timezone] = $argv;

// No mail server here: installation would try to mail the admin.
function wp_mail() { return true; }

define('WP_INSTALLING', true);
require $docroot . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

$result = wp_install('Editorial Workstation test site', 'admin', 'admin@example.test', false, '', $admin_password);
$admin_id = $result['user_id'];

update_option('timezone_string', $timezone);
update_option('gmt_offset', '');
update_option('permalink_structure', '/%year%/%monthnum%/%postname%/');
flush_rewrite_rules(false);
wp_delete_post(1, true);  // "Hello world!": tests start with no posts

$subscriber_id = wp_insert_user([
    'user_login' => 'subscriber',
    'user_pass' => $subscriber_password,
    'user_email' => 'subscriber@example.test',
    'role' => 'subscriber',
]);
if (is_wp_error($subscriber_id)) {
    fwrite(STDERR, $subscriber_id->get_error_message() . "\n");
    exit(1);
}

function app_password($user_id) {
    $created = WP_Application_Passwords::create_new_application_password($user_id, ['name' => 'tests']);
    if (is_wp_error($created)) {
        fwrite(STDERR, $created->get_error_message() . "\n");
        exit(1);
    }
    return $created[0];
}

echo json_encode([
    'username' => 'admin',
    'app_password' => app_password($admin_id),
    'subscriber_username' => 'subscriber',
    'subscriber_app_password' => app_password($subscriber_id),
]), "\n";

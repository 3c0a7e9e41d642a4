<?php
require __DIR__ . '/_lib.inc';

section('construct / clone / serialize');
t('new Socket', fn() => new Socket());
t('new Socket with args', fn() => new Socket(1, 2));
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
t('clone', fn() => clone $s);
t('serialize', fn() => serialize($s));
t('unserialize O:6:"Socket"', fn() => unserialize('O:6:"Socket":0:{}'));
t('unserialize C:6:"Socket"', fn() => unserialize('C:6:"Socket":0:{}'));
t('json_encode', fn() => json_encode($s));
t('var_export', function () use ($s) { var_export($s); echo "\n"; return true; });
t('print_r', fn() => print_r($s, true));

section('introspection');
var_dump($s);
var_dump((array) $s);
var_dump(get_class($s));
var_dump($s instanceof Socket);
var_dump(gettype($s));
var_dump(is_object($s), is_resource($s));
var_dump(get_object_vars($s));
var_dump(get_class_methods($s));
var_dump(count((array) $s));
var_dump(method_exists($s, '__construct'));
var_dump(class_exists('Socket'), class_exists('socket'));
$rc = new ReflectionClass('Socket');
var_dump($rc->isFinal(), $rc->isInstantiable(), $rc->isCloneable(), $rc->isInternal(), $rc->isAbstract());
var_dump($rc->getModifiers(), Reflection::getModifierNames($rc->getModifiers()));
var_dump($rc->getParentClass(), $rc->getInterfaceNames(), $rc->getConstructor());
var_dump($rc->getExtensionName());
var_dump($rc->getProperties(), $rc->getConstants(), $rc->getAttributes());
t('newInstanceWithoutConstructor', fn() => $rc->newInstanceWithoutConstructor());
t('newInstance', fn() => $rc->newInstance());

section('properties');
t('dynamic property write', function () use ($s) { $s->foo = 1; return $s; });
t('dynamic property read', fn() => $s->foo);
t('isset property', fn() => isset($s->foo));
t('unset property', function () use ($s) { unset($s->foo); return true; });

section('comparison / casts');
$s2 = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump($s == $s, $s === $s, $s == $s2, $s === $s2);
t('string cast', fn() => (string) $s);
t('int cast', fn() => (int) $s);
t('bool cast', fn() => (bool) $s);
t('float cast', fn() => (float) $s);
t('compare <', fn() => $s < $s2);
t('iterate', function () use ($s) { $n = 0; foreach ($s as $k => $v) { $n++; } return $n; });
t('spl_object_id > 0', fn() => spl_object_id($s) > 0);

section('closed socket object still a Socket');
socket_close($s2);
var_dump($s2);
var_dump($s2 instanceof Socket, (array) $s2);
t('clone closed', fn() => clone $s2);
t('serialize closed', fn() => serialize($s2));
echo "done\n";

section('extends (fatal, must be last)');
t('class extends Socket', function () { eval('class MySock extends Socket {}'); return true; });

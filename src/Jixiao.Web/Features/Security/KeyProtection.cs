using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Xml.Linq;
using Jixiao.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.Extensions.Options;

namespace Jixiao.Web.Features.Security;

/// <summary>
/// The data-protection keys (they sign login cookies and antiforgery tokens) live in the database, table
/// <c>DataProtectionKeys</c>, on SQLite and PostgreSQL alike: a backup holds them, a restored or moved installation keeps
/// its users signed in, and several servers on one database share sessions. Each key is encrypted before it is stored:
/// <list type="bullet">
/// <item>with an X.509 certificate when <c>Jixiao:DataProtection:Certificate</c> names a PFX file (password in
/// <c>Jixiao:DataProtection:CertificatePassword</c>);</item>
/// <item>otherwise with AES-256-GCM under a key-encryption key (KEK): <c>Jixiao:DataProtection:KeyEncryptionKey</c> (32 bytes,
/// base64, e.g. from the environment variable <c>Jixiao__DataProtection__KeyEncryptionKey</c>), or, when none is
/// configured, a file <c>keys/key-encryption.key</c> in the data directory, created on first start with mode 0600.</item>
/// </list>
/// The KEK is never written to the database or a backup: a copy of the database alone cannot forge logins. Restoring on
/// another machine needs the same KEK (see docs/operations.md).
/// </summary>
public static class KeyProtection
{
    public static void Configure(IServiceCollection services, IConfiguration config, string dataDirectory)
    {
        var dp = services.AddDataProtection().SetApplicationName("Jixiao").PersistKeysToDbContext<JixiaoDbContext>();
        var certificatePath = config["Jixiao:DataProtection:Certificate"];
        if (!string.IsNullOrWhiteSpace(certificatePath))
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(certificatePath, config["Jixiao:DataProtection:CertificatePassword"]);
            dp.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
            return;
        }

        var kek = new KeyEncryptionKey(LoadOrCreate(config["Jixiao:DataProtection:KeyEncryptionKey"], Path.Combine(dataDirectory, "keys", "key-encryption.key")));
        services.AddSingleton(kek);
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(new ConfigureOptions<KeyManagementOptions>(o => o.XmlEncryptor = new KekXmlEncryptor(kek)));
    }

    private static byte[] LoadOrCreate(string? configured, string file)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Decode(configured, "Jixiao:DataProtection:KeyEncryptionKey");
        }

        if (File.Exists(file))
        {
            return Decode(File.ReadAllText(file), file);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var key = RandomNumberGenerator.GetBytes(32);
        var temp = file + ".tmp";
        File.WriteAllText(temp, Convert.ToBase64String(key) + Environment.NewLine);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temp, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        File.Move(temp, file);
        return key;
    }

    private static byte[] Decode(string text, string source)
    {
        try
        {
            var key = Convert.FromBase64String(text.Trim());
            return key.Length == 32 ? key : throw new InvalidOperationException($"{source}：密钥加密密钥应为 32 字节（base64 编码后 44 个字符），实为 {key.Length} 字节。");
        }
        catch (FormatException)
        {
            throw new InvalidOperationException($"{source}：密钥加密密钥不是有效的 base64 文本（可用 `openssl rand -base64 32` 生成）。");
        }
    }
}

/// <summary>The key-encryption key, with a short public identifier (first 8 bytes of its SHA-256) stored beside each encrypted key.</summary>
public sealed class KeyEncryptionKey(byte[] key)
{
    public byte[] Key { get; } = key;

    public string Id { get; } = Convert.ToHexStringLower(SHA256.HashData(key).AsSpan(0, 8));
}

/// <summary>Encrypts a data-protection key's XML with AES-256-GCM under the KEK.</summary>
public sealed class KekXmlEncryptor(KeyEncryptionKey kek) : IXmlEncryptor
{
    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        var plain = System.Text.Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        var nonce = RandomNumberGenerator.GetBytes(AesGcm.NonceByteSizes.MaxSize);
        var cipher = new byte[plain.Length];
        var tag = new byte[AesGcm.TagByteSizes.MaxSize];
        using (var aes = new AesGcm(kek.Key, tag.Length))
        {
            aes.Encrypt(nonce, plain, cipher, tag);
        }

        CryptographicOperations.ZeroMemory(plain);
        var element = new XElement("encryptedKey",
            new XComment(" 由 Jixiao 的密钥加密密钥（AES-256-GCM）加密 "),
            new XElement("kek", kek.Id),
            new XElement("nonce", Convert.ToBase64String(nonce)),
            new XElement("tag", Convert.ToBase64String(tag)),
            new XElement("value", Convert.ToBase64String(cipher)));
        return new EncryptedXmlInfo(element, typeof(KekXmlDecryptor));
    }
}

/// <summary>Decrypts what <see cref="KekXmlEncryptor"/> wrote; created by the data-protection system with the service provider.</summary>
public sealed class KekXmlDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        var kek = services.GetService<KeyEncryptionKey>()
            ?? throw new CryptographicException("数据保护密钥由密钥加密密钥（KEK）加密，但本次启动没有配置 KEK。");
        var id = (string?)encryptedElement.Element("kek");
        if (!string.Equals(id, kek.Id, StringComparison.Ordinal))
        {
            throw new CryptographicException($"数据保护密钥由另一把密钥加密密钥（{id}）加密，当前配置的是 {kek.Id}：请配置原来的 Jixiao:DataProtection:KeyEncryptionKey。");
        }

        var nonce = Convert.FromBase64String((string)encryptedElement.Element("nonce")!);
        var tag = Convert.FromBase64String((string)encryptedElement.Element("tag")!);
        var cipher = Convert.FromBase64String((string)encryptedElement.Element("value")!);
        var plain = new byte[cipher.Length];
        using (var aes = new AesGcm(kek.Key, tag.Length))
        {
            aes.Decrypt(nonce, cipher, tag, plain);
        }

        return XElement.Parse(System.Text.Encoding.UTF8.GetString(plain));
    }
}
